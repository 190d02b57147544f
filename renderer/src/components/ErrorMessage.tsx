import { PlannerClientError } from '../api/transport';

/** Shows a typed error as the sentence it is, with field issues listed. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof PlannerClientError ? (error.issues ?? []) : [];
  return (
    <div role="alert" className="error-message">
      <p>{message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.path.length > 0 && <strong>{issue.path.join('.')}: </strong>}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
