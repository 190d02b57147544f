import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useGoalOptions, useMentorOptions } from '../api/lookups';
import { useSearch } from '../api/search';
import { NAV_ITEMS } from './Layout';
import { useModal, useShortcut, withCtrl } from './useModal';
import './CommandPalette.css';

interface Command {
  id: string;
  label: string;
  hint: string;
  to: string;
}

const ACTIONS: Command[] = [
  { id: 'a-meeting', label: 'New meeting', hint: 'Action', to: '/meetings/new' },
  { id: 'a-commitment', label: 'New commitment', hint: 'Action', to: '/follow-ups?new=1' },
  { id: 'a-backlog', label: 'Add to a backlog', hint: 'Action', to: '/meetings/backlog' },
  { id: 'a-mentor', label: 'New mentor', hint: 'Action', to: '/mentors/new' },
  { id: 'a-goal', label: 'New goal', hint: 'Action', to: '/goals/new' },
];

/** Ctrl/Cmd+K: jump to any page, mentor, goal or meeting, or start a common action — all from the keyboard. */
export function CommandPalette() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const dialog = useModal(open);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const mentors = useMentorOptions();
  const goals = useGoalOptions();
  const meetings = useSearch({ text: open ? text : '', kinds: ['meeting'], limit: 5 });
  useShortcut(withCtrl('k'), () => setOpen(true));
  useEffect(() => {
    if (!open) (setText(''), setActive(0));
    // The palette stays mounted; refresh its lists each time it opens.
    else void Promise.all([mentors.refetch(), goals.refetch()]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const commands = useMemo(() => {
    const all: Command[] = [
      ...NAV_ITEMS.map((n) => ({ id: `p-${n.to}`, label: n.label, hint: 'Page', to: n.to })),
      ...ACTIONS,
      ...(mentors.data ?? []).map((m) => ({ id: `m-${m.id}`, label: m.name, hint: m.archived ? 'Mentor (archived)' : 'Mentor', to: `/mentors/${m.id}` })),
      ...(goals.data ?? []).map((g) => ({ id: `g-${g.id}`, label: g.title, hint: 'Goal', to: `/goals/${g.id}` })),
    ];
    const q = text.trim().toLocaleLowerCase();
    const matching = q ? all.filter((c) => c.label.toLocaleLowerCase().includes(q)) : all;
    const meetingHits = (meetings.data ?? []).map((r) => ({ id: `s-${r.id}`, label: r.title.replace(/[\u0002\u0003]/g, ''), hint: 'Meeting', to: r.route }));
    return [...matching.slice(0, 30), ...(q ? meetingHits : [])];
  }, [text, mentors.data, goals.data, meetings.data]);
  const go = (command: Command | undefined) => {
    if (!command) return;
    setOpen(false);
    navigate(command.to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(commands.length - 1, a + 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (event.key === 'Enter') go(commands[active]);
    else return;
    event.preventDefault();
  };
  return (
    <dialog ref={dialog} className="command-palette" aria-label="Command palette" onCancel={(e) => (e.preventDefault(), setOpen(false))}>
      <input
        aria-label="Go to or do…"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={commands[active] ? `palette-${commands[active].id}` : undefined}
        autoFocus
        placeholder="Go to a page, mentor, goal or meeting, or type an action…"
        value={text}
        onChange={(e) => (setText(e.currentTarget.value), setActive(0))}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" className="palette-list">
        {commands.map((c, i) => (
          <li key={c.id} id={`palette-${c.id}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseDown={(e) => (e.preventDefault(), go(c))}>
            {c.label} <span className="muted">· {c.hint}</span>
          </li>
        ))}
        {commands.length === 0 && <li className="muted">Nothing matches.</li>}
      </ul>
    </dialog>
  );
}
