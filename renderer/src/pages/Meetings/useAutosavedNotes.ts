import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveNotes } from '../../api/meetings';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';
const draftKey = (meetingId: number) => `mentor-planner:notes-draft:${meetingId}`;

/**
 * Notes saved as you type: every keystroke goes to a local draft at once (survives a crash or a closed
 * window) and to the store after a short pause, on blur, and when the page is left.
 */
export function useAutosavedNotes(meetingId: number, savedNotes: string) {
  const save = useSaveNotes();
  const [text, setText] = useState(() => localStorage.getItem(draftKey(meetingId)) ?? savedNotes);
  const [state, setState] = useState<SaveState>(text === savedNotes ? 'saved' : 'unsaved');
  const pending = useRef<string | null>(text === savedNotes ? null : text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const notes = pending.current;
    if (notes === null) return;
    pending.current = null;
    setState('saving');
    save.mutate(
      { id: meetingId, notes },
      {
        onSuccess: () => {
          if (pending.current === null) {
            localStorage.removeItem(draftKey(meetingId));
            setState('saved');
          }
        },
        onError: () => {
          pending.current ??= notes;
          setState('error');
          timer.current = setTimeout(() => flushRef.current(), 3_000);
        },
      },
    );
  }, [meetingId, save]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const change = (notes: string) => {
    setText(notes);
    localStorage.setItem(draftKey(meetingId), notes);
    pending.current = notes;
    setState('unsaved');
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, 600);
  };

  useEffect(() => {
    // A draft recovered from a crash is saved straight away.
    if (pending.current !== null) flush();
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { text, change, flush, state, error: save.error };
}
