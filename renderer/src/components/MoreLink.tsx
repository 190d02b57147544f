import { Link } from 'react-router-dom';
import { countLabel } from './count';

/** Under a list that shows the latest few: a link to the page that lists them all, when there are more. */
export function MoreLink({ shown, total, to, what }: { shown: number; total: number; to: string; what: string }) {
  if (total <= shown) return null;
  return (
    <p>
      <Link to={to}>
        See all {countLabel(total)} {what}
      </Link>
    </p>
  );
}

/** Under a list the page can extend in place: shows how many are shown, and asks for more. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (total <= shown) return null;
  return (
    <button type="button" onClick={onMore}>
      Show more ({shown} of {countLabel(total)} shown)
    </button>
  );
}
