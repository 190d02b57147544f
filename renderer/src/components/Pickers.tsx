import type { CSSProperties, SelectHTMLAttributes } from 'react';
import { useGoalOptions, useMentorOptions } from '../api/lookups';

type Common = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: number | null | undefined;
  onChange(id: number | null): void;
  /** The first option, meaning "none" or "any". */
  emptyLabel: string;
};

const narrow: CSSProperties = { width: 'auto' };

/** A mentor picker fed by the shared lookup; archived mentors are left out unless asked for. */
export function MentorSelect({ value, onChange, emptyLabel, includeArchived = false, style, ...rest }: Common & { includeArchived?: boolean }) {
  const mentors = useMentorOptions();
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(Number(e.currentTarget.value) || null)} style={style ?? narrow}>
      <option value="">{mentors.isPending ? 'Loading…' : emptyLabel}</option>
      {mentors.data
        ?.filter((m) => includeArchived || !m.archived || m.id === value)
        .map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
            {m.archived ? ' (archived)' : ''}
          </option>
        ))}
    </select>
  );
}

/** A goal picker fed by the shared lookup; achieved and dropped goals only when asked for. */
export function GoalSelect({ value, onChange, emptyLabel, openOnly = false, style, ...rest }: Common & { openOnly?: boolean }) {
  const goals = useGoalOptions();
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(Number(e.currentTarget.value) || null)} style={style ?? narrow}>
      <option value="">{goals.isPending ? 'Loading…' : emptyLabel}</option>
      {goals.data
        ?.filter((g) => !openOnly || g.status === 'active' || g.status === 'paused' || g.id === value)
        .map((g) => (
          <option key={g.id} value={g.id}>
            {g.title}
          </option>
        ))}
    </select>
  );
}
