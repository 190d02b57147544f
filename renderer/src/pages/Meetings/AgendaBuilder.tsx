import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../../electron/core/meetings/types';
import { useReorderAgenda } from '../../api/meetings';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaRow } from './AgendaRow';
import { AgendaTotals } from './AgendaTotals';

const AGENDA_PAGE = 100;

/** The meeting's agenda: reorder by drag or by keyboard (Alt+↑/↓), minutes per item, total against the length. */
export function AgendaBuilder({ detail }: { detail: MeetingDetail }) {
  const reorder = useReorderAgenda();
  // A real agenda is a handful of items; a pasted-in list of thousands renders a page at a time.
  const [shown, setShown] = useState(AGENDA_PAGE);
  const [items, setItems] = useState(detail.agenda);
  useEffect(() => setItems(detail.agenda), [detail.agenda]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  // Said once, in a region that is always there: which item moved and where it is now.
  const [moved, setMoved] = useState('');
  const title = (id: UniqueIdentifier) => `“${items.find((i) => i.id === id)?.text ?? ''}”`;
  const position = (id: UniqueIdentifier, list = items) => `position ${list.findIndex((i) => i.id === id) + 1} of ${list.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}, ${position(active.id)}. Arrow keys move it, Space drops it, Escape cancels.`,
    onDragOver: ({ active, over }) => (over ? `${title(active.id)} is over ${position(over.id)}.` : `${title(active.id)} is outside the agenda.`),
    onDragEnd: ({ active, over }) => `Dropped ${title(active.id)} at ${position(over?.id ?? active.id)}.`,
    onDragCancel: ({ active }) => `Moving cancelled; ${title(active.id)} stays at ${position(active.id)}.`,
  };
  const applyOrder = (next: typeof items, movedId: number) => {
    setItems(next);
    setMoved(`Moved ${title(movedId)} to ${position(movedId, next)}.`);
    reorder.mutate({ orderedIds: next.map((i) => i.id) });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((i) => i.id === active.id);
    const to = items.findIndex((i) => i.id === over.id);
    applyOrder(arrayMove(items, from, to), Number(active.id));
  };
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    // Moving a row's DOM node drops focus in Chromium; put it back on the control that moved it.
    const focused = document.activeElement as HTMLElement | null;
    applyOrder(arrayMove(items, index, target), items[index].id);
    requestAnimationFrame(() => document.activeElement !== focused && focused?.focus());
  };
  // A held meeting's agenda is a record of what was discussed; new talking points go to the backlog.
  const editable = detail.meeting.status === 'planned';
  return (
    <div className="section" aria-label="Agenda">
      <h2>Agenda</h2>
      <AgendaTotals summary={detail.summary} />
      {items.length === 0 ? (
        <EmptyState title="No agenda yet">Pull talking points from the backlog below, or add one here. Arriving prepared respects their time.</EmptyState>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: 'To move this agenda item, press Space, then the arrow keys, then Space again; or Alt+↑/↓ at any time.' } }}
        >
          <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <ol className="list" aria-label="Agenda items">
              {items.slice(0, shown).map((item, index) => (
                <AgendaRow key={item.id} item={item} held={detail.meeting.status === 'held'} onMove={(delta) => move(index, delta)} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + AGENDA_PAGE)}>
          Show {Math.min(AGENDA_PAGE, items.length - shown)} more of {items.length} items
        </button>
      )}
      <p className="visually-hidden" role="status" data-testid="agenda-moved">
        {moved}
      </p>
      <ErrorMessage error={reorder.error} />
      {editable && <AgendaItemForm target={{ meetingId: detail.meeting.id }} submitLabel="Add to agenda" />}
    </div>
  );
}
