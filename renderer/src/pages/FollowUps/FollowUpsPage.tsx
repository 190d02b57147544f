import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { AdviceLibrary } from './AdviceLibrary';
import { FollowUpBoard } from './FollowUpBoard';

// The chart library loads only when the measures are opened.
const MeasuresView = lazy(() => import('./MeasuresView').then((m) => ({ default: m.MeasuresView })));

export function FollowUpsPage() {
  return (
    <section className="page">
      <nav className="row no-print tabs" aria-label="Follow-ups views">
        <NavLink to="/follow-ups" end>
          Board
        </NavLink>
        <NavLink to="/follow-ups/advice">Advice library</NavLink>
        <NavLink to="/follow-ups/measures">Follow-through</NavLink>
      </nav>
      <Routes>
        <Route index element={<FollowUpBoard />} />
        <Route path="advice" element={<AdviceLibrary />} />
        <Route
          path="measures"
          element={
            <Suspense fallback={<p aria-busy="true">Loading…</p>}>
              <MeasuresView />
            </Suspense>
          }
        />
      </Routes>
    </section>
  );
}
