import { useState } from 'react';
import { focusAfterRowLeaves } from '../../components/focus';
import type { MentorDetail } from '../../../../electron/core/mentors/types';
import { useAddGive, useDeleteGive } from '../../api/mentors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ShowMore } from '../../components/MoreLink';
import { formatDay, localDay } from '../../components/dates';
import { plural } from '../../../../electron/core/plural';

/** What I gave back next to what I asked for — the give-and-take the relationship runs on. */
export function GiveAndTake({ detail, showMore }: { detail: MentorDetail; showMore: () => void }) {
  const add = useAddGive();
  const remove = useDeleteGive();
  const [description, setDescription] = useState('');
  const [givenOn, setGivenOn] = useState(localDay());
  return (
    <div className="section">
      <h2>Give and take</h2>
      <p className="muted">
        {detail.asksSinceLastGive === 0
          ? 'Balanced: no asks since you last gave something back.'
          : `${plural(detail.asksSinceLastGive, 'ask')} since you last gave something back.`}
      </p>
      <div className="give-take">
        <div>
          <h3>Given back</h3>
          {detail.gives.length === 0 && <p className="muted">Nothing logged yet — an introduction, an article, your help.</p>}
          <ul className="list">
            {detail.gives.map((g) => (
              <li key={g.id} className="list-row">
                <span>
                  {g.description} <span className="muted">· {formatDay(g.givenOn)}</span>
                </span>
                <button type="button" aria-label={`Remove “${g.description}”`} onClick={(e) => (focusAfterRowLeaves(e.currentTarget), remove.mutate({ id: g.id }))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <ShowMore shown={detail.gives.length} total={detail.totals.gives} onMore={showMore} />
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate({ mentorId: detail.mentor.id, description, givenOn }, { onSuccess: () => setDescription('') });
            }}
          >
            <input aria-label="What you gave back" placeholder="What you gave back" value={description} onChange={(e) => setDescription(e.currentTarget.value)} style={{ flex: 1, width: 'auto' }} />
            <input aria-label="Given on" type="date" value={givenOn} onChange={(e) => setGivenOn(e.currentTarget.value)} style={{ width: 'auto' }} />
            <button type="submit" disabled={!description.trim() || add.isPending}>
              Log give-back
            </button>
          </form>
          <ErrorMessage error={add.error ?? remove.error} />
        </div>
        <div>
          <h3>Asked for</h3>
          {detail.asks.length === 0 ? (
            <p className="muted">No asks yet. Asks are agenda items of kind “ask for help”.</p>
          ) : (
            <ul className="list">
              {detail.asks.map((a) => (
                <li key={a.id}>
                  {a.text} <span className="muted">· {formatDay(a.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <ShowMore shown={detail.asks.length} total={detail.totals.asks} onMore={showMore} />
        </div>
      </div>
    </div>
  );
}
