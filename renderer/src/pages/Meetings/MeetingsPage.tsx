import { Route, Routes } from 'react-router-dom';
import { BacklogPage } from './BacklogPage';
import { MeetingList } from './MeetingList';
import { MeetingPage } from './MeetingPage';
import { PlanMeeting } from './PlanMeeting';
import { PrepBriefPage } from './PrepBriefPage';
import './meetings.css';

export function MeetingsPage() {
  return (
    <Routes>
      <Route index element={<MeetingList />} />
      <Route path="new" element={<PlanMeeting />} />
      <Route path="backlog" element={<BacklogPage />} />
      <Route path="backlog/:mentorId" element={<BacklogPage />} />
      <Route path=":id/prep" element={<PrepBriefPage />} />
      <Route path=":id" element={<MeetingPage />} />
    </Routes>
  );
}
