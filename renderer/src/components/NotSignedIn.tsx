import { useAppInfo } from '../api/system';
import { PlannerClientError } from '../api/transport';

/** True when the browser-mode server refused this tab's token (opened without it, or after a restart). */
export function useNotSignedIn(): boolean {
  const info = useAppInfo();
  return info.error instanceof PlannerClientError && info.error.code === 'UNAUTHORIZED';
}

/** The only thing worth showing to a tab without a valid token: how to get one. No controls that cannot work. */
export function NotSignedIn() {
  return (
    <main id="main" className="app-main not-signed-in">
      <h1>Open Mentor Planner from its own address</h1>
      <p>This browser tab is not signed in to Mentor Planner, so it cannot show or change your planner.</p>
      <p>
        Find the terminal where <code>npm run start:web</code> is running and open the address it printed (it ends with{' '}
        <code>?token=…</code>). If the server was restarted since, the old address no longer works: use the new one.
      </p>
    </main>
  );
}
