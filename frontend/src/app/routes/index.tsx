import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from '../Layout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';

// Everything but the home page loads on demand; the graph and the maths are the heavy parts.
const RoadmapPage = lazy(() => import('./RoadmapPage'));
const TopicPage = lazy(() => import('./TopicPage'));
const LearnPage = lazy(() => import('./LearnPage'));
const LoginPage = lazy(() => import('./LoginPage'));
const RegisterPage = lazy(() => import('./RegisterPage'));
const AccountPage = lazy(() => import('./AccountPage'));
const PractisePage = lazy(() => import('./PractisePage'));
const PlanPage = lazy(() => import('./PlanPage'));
const PlacementPage = lazy(() => import('./PlacementPage'));
const TestOutPage = lazy(() => import('./TestOutPage'));
const CuratePage = lazy(() => import('./CuratePage'));
const OpsPage = lazy(() => import('./OpsPage'));
const GroupsPage = lazy(() => import('./GroupsPage'));
const GroupPage = lazy(() => import('./GroupPage'));
const JoinPage = lazy(() => import('./JoinPage'));
const NotesPage = lazy(() => import('./NotesPage'));
const PersonPage = lazy(() => import('./PersonPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="roles/:slug" element={<RoadmapPage />} />
        <Route path="topics/:slug" element={<TopicPage />} />
        <Route path="learn" element={<LearnPage />} />
        <Route path="learn/:slug" element={<LearnPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="practise/:topic" element={<PractisePage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="placement" element={<PlacementPage />} />
        <Route path="test-out/:topic" element={<TestOutPage />} />
        <Route path="groups" element={<GroupsPage />} />
        <Route path="groups/:id" element={<GroupPage />} />
        <Route path="join/:code" element={<JoinPage />} />
        <Route path="notes" element={<NotesPage />} />
        <Route path="people/:username" element={<PersonPage />} />
        <Route path="curate" element={<CuratePage />} />
        <Route path="ops" element={<OpsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
