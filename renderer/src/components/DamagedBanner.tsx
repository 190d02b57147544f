import { Link } from 'react-router-dom';
import { useStoreHealth } from '../api/system';

/** Shown on every page while the data file is damaged: what happened, and where to restore a good copy. */
export function DamagedBanner() {
  const health = useStoreHealth();
  const damaged = health.data?.damaged;
  if (!damaged) return null;
  return (
    <div role="alert" className="error-message">
      <p>
        {damaged} <Link to="/settings">Open Settings → Backups</Link>
      </p>
    </div>
  );
}
