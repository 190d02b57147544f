import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const APP_NAME = 'Mentor Planner';

/**
 * After each route change: the window title names the page (its h1), and focus moves to that h1 so a
 * keyboard or screen-reader user starts at the top of the new page instead of on <body> or the old link.
 * A page that already focused one of its own controls (an autofocused field) keeps it.
 */
export function usePageFocus(main: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const isFirstLoad = first.current;
    first.current = false;
    let observer: MutationObserver | undefined;
    const settle = () => {
      const root = main.current;
      const heading = root?.querySelector('h1');
      // Pages show "Loading…" before their heading; wait for the h1 (and for a newer route to take over).
      if (!root || !heading) return false;
      document.title = `${heading.textContent?.trim() || APP_NAME} — ${APP_NAME}`;
      const focused = document.activeElement;
      const pageOwnsFocus = focused && focused !== root && root.contains(focused);
      const dialogOpen = !!document.querySelector('dialog[open]');
      if (!pageOwnsFocus && !dialogOpen && !(isFirstLoad && focused && focused !== document.body)) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      }
      return true;
    };
    if (!settle() && main.current) {
      observer = new MutationObserver(() => settle() && observer?.disconnect());
      observer.observe(main.current, { childList: true, subtree: true });
    }
    const timeout = setTimeout(() => observer?.disconnect(), 10_000);
    return () => {
      observer?.disconnect();
      clearTimeout(timeout);
    };
  }, [pathname, main]);
}
