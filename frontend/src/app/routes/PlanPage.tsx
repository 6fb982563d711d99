import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { useRoles } from '@/features/roles/api/get-roles';
import { useDashboard, useForecast, useProfile, useToday } from '@/features/plan/api/plan';
import { useCalendar, useMilestones, usePauses } from '@/features/plan/api/schedule';
import { CalendarFeed } from '@/features/plan/components/CalendarFeed';
import { ForecastCard } from '@/features/plan/components/ForecastCard';
import { MilestonesList } from '@/features/plan/components/MilestonesList';
import { NarrowerGoals } from '@/features/plan/components/NarrowerGoals';
import { PausedToday, PausePanel, WelcomeBack } from '@/features/plan/components/PausePanel';
import { PlanForm } from '@/features/plan/components/PlanForm';
import { ProgressPanel } from '@/features/plan/components/ProgressPanel';
import { TodayList } from '@/features/plan/components/TodayList';
import { PlacementBanner } from '@/features/placement/components/PlacementBanner';
import styles from '@/features/plan/components/Plan.module.css';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignInPaths } from '@/lib/use-sign-in-paths';

export default function PlanPage() {
  useDocumentTitle('Your plan');
  const me = useMe();
  const signIn = useSignInPaths();
  const profile = useProfile();
  const roles = useRoles();
  const hasProfile = Boolean(profile.data);
  const today = useToday(hasProfile);
  const forecast = useForecast(hasProfile);
  const dashboard = useDashboard(hasProfile);
  const milestones = useMilestones(hasProfile);
  const pauses = usePauses(hasProfile);
  const calendar = useCalendar(hasProfile);

  if (me.isPending) return <LoadingState label="Loading…" />;
  if (!me.data?.user) {
    return (
      <div>
        <h1>Your plan</h1>
        <p>
          <Link to={signIn.login}>Log in</Link> or <Link to={signIn.register}>create an account</Link> to get a plan
          that tells you what to study each day and when you will be ready.
        </p>
      </div>
    );
  }
  if (profile.isPending) return <LoadingState label="Loading your plan…" />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) {
    return (
      <div>
        <h1>Your plan</h1>
        <p>Tell us what you are aiming for and how much time you have; Lemma plans each day from there.</p>
        <PlanForm profile={null} roles={roles.data} />
      </div>
    );
  }
  const budget = Math.round(Number(profile.data.hours_per_day) * 60);
  return (
    <div>
      <h1>Your plan</h1>
      <PlacementBanner />
      <div className={styles.layout}>
        <div>
          {today.isPending && <LoadingState label="Planning today…" />}
          {today.isError && <ErrorState error={today.error} onRetry={() => void today.refetch()} />}
          {pauses.data?.catch_up.message && <WelcomeBack message={pauses.data.catch_up.message} />}
          {pauses.data?.paused && pauses.data.message ? (
            <PausedToday message={pauses.data.message} />
          ) : (
            today.data && <TodayList items={today.data} budgetMinutes={budget} />
          )}
          {milestones.isPending && <LoadingState label="Cutting your plan into weeks…" />}
          {milestones.isError && <ErrorState error={milestones.error} onRetry={() => void milestones.refetch()} />}
          {milestones.data && <MilestonesList milestones={milestones.data} />}
          {dashboard.isPending && <LoadingState label="Loading your progress…" />}
          {dashboard.isError && <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
          {dashboard.data && <ProgressPanel dashboard={dashboard.data} />}
        </div>
        <div>
          {forecast.isPending && <LoadingState label="Simulating your finish date…" />}
          {forecast.isError && <ErrorState error={forecast.error} onRetry={() => void forecast.refetch()} />}
          {forecast.data && (
            <ForecastCard forecast={forecast.data}>
              <NarrowerGoals alternatives={forecast.data.alternatives} profile={profile.data} />
            </ForecastCard>
          )}
          {pauses.isError && <ErrorState error={pauses.error} onRetry={() => void pauses.refetch()} />}
          {pauses.data && <PausePanel state={pauses.data} />}
          {calendar.isError && <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />}
          {calendar.data && <CalendarFeed feed={calendar.data} />}
          <details className={styles.change}>
            <summary>Change your goal or time budget</summary>
            <PlanForm profile={profile.data} roles={roles.data} />
          </details>
        </div>
      </div>
    </div>
  );
}
