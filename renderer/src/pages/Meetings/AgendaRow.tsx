import { useSortable } from '@dnd-kit/sortable';
import { focusAfterRowLeaves } from '../../components/focus';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../electron/core/meetings/types';
import { AGENDA_KINDS, AGENDA_PRIORITIES, type AgendaKind, type AgendaPriority } from '../../../../electron/core/values';
import { useDeleteAgendaItem, useReturnToBacklog, useUpdateAgendaItem } from '../../api/meetings';
import { AGENDA_KIND_LABEL, AGENDA_PRIORITY_LABEL } from '../../components/labels';

interface Props {
  item: AgendaItem & { goalTitle: string | null };
  held: boolean;
  onMove(delta: -1 | 1): void;
}

export function AgendaRow({ item, held, onMove }: Props) {
  const sortable = useSortable({ id: item.id });
  const update = useUpdateAgendaItem();
  const back = useReturnToBacklog();
  const remove = useDeleteAgendaItem();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
  // Shown at once; the store catches up (and corrects it if the save fails).
  const [discussed, setDiscussed] = useState(item.status === 'discussed');
  useEffect(() => setDiscussed(item.status === 'discussed'), [item.status]);
  const toggleDiscussed = (checked: boolean) => {
    setDiscussed(checked);
    update.mutate({ id: item.id, changes: { status: checked ? 'discussed' : 'open' } }, { onError: () => setDiscussed(!checked) });
  };
  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition }}
      className={`agenda-item${discussed ? ' discussed' : ''}`}
      onKeyDown={onKeyDown}
      aria-label={item.text}
    >
      <button type="button" className="drag-handle" aria-label={`Reorder “${item.text}” (Alt+↑/↓)`} {...sortable.attributes} {...sortable.listeners}>
        ⠿
      </button>
      <div>
        <div className="agenda-text">
          <span className="badge">{AGENDA_KIND_LABEL[item.kind]}</span> {item.text}
        </div>
        {item.goalTitle && <div className="muted">Goal: {item.goalTitle}</div>}
        <div className="controls">
          <label className="row">
            <input type="checkbox" checked={discussed} onChange={(e) => toggleDiscussed(e.currentTarget.checked)} />
            Discussed
          </label>
          <input
            aria-label={`Minutes for “${item.text}”`}
            type="number"
            min={1}
            max={480}
            defaultValue={item.minutes}
            onBlur={(e) => Number(e.currentTarget.value) !== item.minutes && update.mutate({ id: item.id, changes: { minutes: Number(e.currentTarget.value) } })}
          />
          min
          <select aria-label={`Priority of “${item.text}”`} value={item.priority} onChange={(e) => update.mutate({ id: item.id, changes: { priority: e.currentTarget.value as AgendaPriority } })}>
            {AGENDA_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {AGENDA_PRIORITY_LABEL[p]}
              </option>
            ))}
          </select>
          <select aria-label={`Kind of “${item.text}”`} value={item.kind} onChange={(e) => update.mutate({ id: item.id, changes: { kind: e.currentTarget.value as AgendaKind } })}>
            {AGENDA_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGENDA_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="controls">
        {!held && (
          <button type="button" onClick={(e) => (focusAfterRowLeaves(e.currentTarget), back.mutate({ id: item.id }))} title="Leave for next time">
            To backlog
          </button>
        )}
        <button type="button" aria-label={`Delete “${item.text}”`} onClick={(e) => (focusAfterRowLeaves(e.currentTarget), remove.mutate({ id: item.id }))}>
          ✕
        </button>
      </div>
    </li>
  );
}
