import { Route, Routes } from 'react-router-dom';
import { MentorDetail } from './MentorDetail';
import { MentorEditor } from './MentorEditor';
import { MentorList } from './MentorList';
import './mentors.css';

export function MentorsPage() {
  return (
    <Routes>
      <Route index element={<MentorList />} />
      <Route path="new" element={<MentorEditor />} />
      <Route path=":id/edit" element={<MentorEditor />} />
      <Route path=":id" element={<MentorDetail />} />
    </Routes>
  );
}
