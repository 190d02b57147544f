import { useEffect, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { ErrorBoundary } from './ErrorBoundary';

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

export function Layout({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  const location = useLocation();
  usePageShortcuts();
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
              <NavLink to={item.to} end={item.to === '/'} title={`Ctrl+${item.key}`}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        {banner}
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
      </main>
    </div>
  );
}
