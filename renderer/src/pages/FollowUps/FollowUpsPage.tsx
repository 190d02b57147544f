import { NavLink, Route, Routes } from 'react-router-dom';
import { AdviceLibrary } from './AdviceLibrary';
import { FollowUpBoard } from './FollowUpBoard';
import { MeasuresView } from './MeasuresView';

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
        <Route path="measures" element={<MeasuresView />} />
      </Routes>
    </section>
  );
}
