import { useState } from 'react';
import type { Interaction } from '../../../../electron/core/mentors/types';
import { INTERACTION_KINDS, type InteractionKind } from '../../../../electron/core/values';
import { useDeleteInteraction, useLogInteraction } from '../../api/mentors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../components/dates';
import { ShowMore } from '../../components/MoreLink';
import { focusAfterRowLeaves } from '../../components/focus';

const KIND_LABEL: Record<InteractionKind, string> = { call: 'Call', message: 'Message', chance: 'Chance meeting', other: 'Other', calendar: 'Calendar event' };

/** Contact outside planned meetings; it resets the keep-in-touch clock. */
export function InteractionLog({ mentorId, interactions, total, showMore }: { mentorId: number; interactions: Interaction[]; total: number; showMore: () => void }) {
  const log = useLogInteraction();
  const remove = useDeleteInteraction();
  const [kind, setKind] = useState<InteractionKind>('message');
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString()));
  const [note, setNote] = useState('');
  return (
    <div className="section">
      <h2>Interactions</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          log.mutate({ mentorId, kind, occurredAt: fromLocalInput(when), note }, { onSuccess: () => setNote('') });
        }}
      >
        <select aria-label="Kind of contact" value={kind} onChange={(e) => setKind(e.currentTarget.value as InteractionKind)} style={{ width: 'auto' }}>
          {INTERACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <input aria-label="When" type="datetime-local" value={when} onChange={(e) => setWhen(e.currentTarget.value)} style={{ width: 'auto' }} />
        <input aria-label="Note" placeholder="What about?" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1, width: 'auto' }} />
        <button type="submit" disabled={log.isPending || !when}>
          Log contact
        </button>
      </form>
      <ErrorMessage error={log.error ?? remove.error} />
      {interactions.length === 0 ? (
        <p className="muted">No calls or messages logged. A quick call or a chance coffee counts as keeping in touch.</p>
      ) : (
        <ul className="list">
          {interactions.map((i) => (
            <li key={i.id} className="list-row">
              <span>
                <strong>{KIND_LABEL[i.kind]}</strong> · {formatDateTime(i.occurredAt)} {i.note && <span className="muted">— {i.note}</span>}
              </span>
              <button type="button" onClick={(e) => (focusAfterRowLeaves(e.currentTarget), remove.mutate({ id: i.id }))} aria-label={`Remove ${KIND_LABEL[i.kind]} on ${formatDateTime(i.occurredAt)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowMore shown={interactions.length} total={total} onMore={showMore} />
    </div>
  );
}
