import { Route, Routes } from 'react-router-dom';
import { GoalDetail } from './GoalDetail';
import { GoalEditor } from './GoalEditor';
import { GoalList } from './GoalList';
import './goals.css';

export function GoalsPage() {
  return (
    <Routes>
      <Route index element={<GoalList />} />
      <Route path="new" element={<GoalEditor />} />
      <Route path=":id/edit" element={<GoalEditor />} />
      <Route path=":id" element={<GoalDetail />} />
    </Routes>
  );
}
