import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { onPlannerEvent } from './api/transport';
import { CommandPalette } from './components/CommandPalette';
import { DiscardDraftDialog } from './components/DiscardDraftDialog';
import { Layout } from './components/Layout';
import { ReminderCenter } from './components/ReminderCenter';
import { useDatePreferences } from './components/useDatePreferences';
import { QuickAddToBacklog } from './pages/Meetings/QuickAddToBacklog';

// Each page is its own chunk: the first paint loads the shell and the page in the address only.
const DashboardPage = lazy(() => import('./pages/Dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const FollowUpsPage = lazy(() => import('./pages/FollowUps/FollowUpsPage').then((m) => ({ default: m.FollowUpsPage })));
const GoalsPage = lazy(() => import('./pages/Goals/GoalsPage').then((m) => ({ default: m.GoalsPage })));
const MeetingsPage = lazy(() => import('./pages/Meetings/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const MentorsPage = lazy(() => import('./pages/Mentors/MentorsPage').then((m) => ({ default: m.MentorsPage })));
const QuickCapturePage = lazy(() => import('./pages/QuickCapture/QuickCapturePage').then((m) => ({ default: m.QuickCapturePage })));
const SearchPage = lazy(() => import('./pages/Search/SearchPage').then((m) => ({ default: m.SearchPage })));
const SettingsPage = lazy(() => import('./pages/Settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const loading = <p aria-busy="true">Loading…</p>;

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
  useDatePreferences();
  // The tray's quick-capture window shows only its small form.
  if (useLocation().pathname === '/quick-capture')
    return (
      <Suspense fallback={loading}>
        <QuickCapturePage />
      </Suspense>
    );
  return (
    <Layout navEnd={<ReminderCenter />}>
      <Suspense fallback={loading}>
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
      </Suspense>
      <QuickAddToBacklog />
      <CommandPalette />
      <DiscardDraftDialog />
    </Layout>
  );
}
