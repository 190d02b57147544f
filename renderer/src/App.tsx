import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { onPlannerEvent } from './api/transport';
import { CommandPalette } from './components/CommandPalette';
import { Layout } from './components/Layout';
import { ReminderCenter } from './components/ReminderCenter';
import { DashboardPage } from './pages/Dashboard/DashboardPage';
import { FollowUpsPage } from './pages/FollowUps/FollowUpsPage';
import { GoalsPage } from './pages/Goals/GoalsPage';
import { MeetingsPage } from './pages/Meetings/MeetingsPage';
import { QuickAddToBacklog } from './pages/Meetings/QuickAddToBacklog';
import { MentorsPage } from './pages/Mentors/MentorsPage';
import { QuickCapturePage } from './pages/QuickCapture/QuickCapturePage';
import { SearchPage } from './pages/Search/SearchPage';
import { SettingsPage } from './pages/Settings/SettingsPage';

/** Changes made outside this window (tray, notifications) refresh it; the shell can ask it to navigate. */
function useShellEvents() {
  const client = useQueryClient();
  const navigate = useNavigate();
  useEffect(
    () =>
      onPlannerEvent((event) => {
        if (event.type === 'changed') void client.invalidateQueries();
        if (event.type === 'navigate') navigate(event.to);
      }),
    [client, navigate],
  );
}

export function App() {
  useShellEvents();
  // The tray's quick-capture window shows only its small form.
  if (useLocation().pathname === '/quick-capture') return <QuickCapturePage />;
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="/mentors/*" element={<MentorsPage />} />
        <Route path="/goals/*" element={<GoalsPage />} />
        <Route path="/meetings/*" element={<MeetingsPage />} />
        <Route path="/follow-ups/*" element={<FollowUpsPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<DashboardPage />} />
      </Routes>
      <QuickAddToBacklog />
      <CommandPalette />
      <ReminderCenter />
    </Layout>
  );
}
