import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { DamagedBanner } from './DamagedBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { NotSignedIn, useNotSignedIn } from './NotSignedIn';
import { usePageFocus } from './usePageFocus';

export const NAV_ITEMS = [
  { to: '/', label: 'Today', key: '1' },
  { to: '/mentors', label: 'Mentors', key: '2' },
  { to: '/goals', label: 'Goals', key: '3' },
  { to: '/meetings', label: 'Meetings', key: '4' },
  { to: '/follow-ups', label: 'Follow-ups', key: '5' },
  { to: '/search', label: 'Search', key: '6' },
  { to: '/settings', label: 'Settings', key: '7' },
] as const;

/** Ctrl/Cmd + 1…7 moves between pages from anywhere. */
function usePageShortcuts() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const item = NAV_ITEMS.find((n) => n.key === event.key);
      if (!item) return;
      event.preventDefault();
      navigate(item.to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

/** `navEnd` sits at the end of the navigation (the reminders button), so it comes in the nav's tab order. */
export function Layout({ children, banner, navEnd }: { children: ReactNode; banner?: ReactNode; navEnd?: ReactNode }) {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  usePageShortcuts();
  usePageFocus(main);
  const notSignedIn = useNotSignedIn();
  if (notSignedIn) return <NotSignedIn />;
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="app-nav" aria-label="Main">
        <div className="brand">Mentor Planner</div>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'} title={`Ctrl+${item.key}`} aria-keyshortcuts={`Control+${item.key}`}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
        {navEnd}
      </nav>
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <DamagedBanner />
        {banner}
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
      </main>
    </div>
  );
}
