import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/States';
import { shortDate, type MilestoneWeek, type Milestones } from '../api/schedule';
import styles from './Schedule.module.css';

const PAST_SHOWN = 2;
const AHEAD_SHOWN = 5;

function status(week: MilestoneWeek): { label: string; tone: string } {
  if (week.when === 'current') return { label: 'This week', tone: 'current' };
  if (week.when === 'future') return { label: week.paused_days >= 7 ? 'Break' : 'Planned', tone: 'future' };
  if (week.met === null) return { label: week.paused_days > 0 ? 'Break' : 'No milestone', tone: 'none' };
  return week.met ? { label: 'Met', tone: 'met' } : { label: 'Missed', tone: 'missed' };
}

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

/** What a week without a milestone holds. */
function quietWeek(week: MilestoneWeek): string {
  const carried = week.carries_over[0];
  if (week.paused_days >= 7) return 'On a break all week.';
  if (carried) return `Keep going with ${carried.title}.`;
  if (week.paused_days > 0) return `On a break for ${days(week.paused_days)}; nothing new planned.`;
  return week.when === 'past' ? 'Nothing was planned to finish.' : 'A lighter week: reviews only.';
}

function WeekItem({ week }: { week: MilestoneWeek }) {
  const { label, tone } = status(week);
  const carried = week.carries_over[0];
  const busy = week.topics.length > 0 || Boolean(carried);
  const notes = [
    week.when !== 'past' && week.hours > 0 ? `${week.hours} h of new study` : null,
    busy && week.paused_days > 0 && week.paused_days < 7 ? `${days(week.paused_days)} on a break` : null,
  ].filter((note): note is string => note !== null);
  const range = `${shortDate(week.starts_on)} – ${shortDate(week.ends_on)}`;
  return (
    <li className={styles.week} data-tone={tone} aria-current={week.when === 'current' ? 'date' : undefined}>
      <div className={styles.weekHead}>
        <span className={styles.weekDates}>{range}</span>
        <span className={styles.badge} data-tone={tone}>
          {tone === 'met' && <span aria-hidden="true">✓ </span>}
          {tone === 'missed' && <span aria-hidden="true">✗ </span>}
          {label}
        </span>
      </div>
      {week.topics.length > 0 ? (
        <p className={styles.weekTopics}>
          Finish{' '}
          {week.topics.map((topic, index) => (
            <span key={topic.slug}>
              {index > 0 && (index === week.topics.length - 1 ? ' and ' : ', ')}
              <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
            </span>
          ))}
          {carried && <> and start {carried.title}</>}
        </p>
      ) : (
        <p className={styles.weekTopics}>{quietWeek(week)}</p>
      )}
      {notes.length > 0 && <p className={styles.muted}>{notes.join(' · ')}</p>}
    </li>
  );
}

/** Weekly milestones: the last past weeks (met or missed), this week highlighted, and the weeks ahead. */
export function MilestonesList({ milestones }: { milestones: Milestones }) {
  const [all, setAll] = useState(false);
  const weeks = milestones.weeks;
  const firstAhead = weeks.findIndex((week) => week.when !== 'past');
  const pivot = firstAhead === -1 ? weeks.length : firstAhead;
  const shown = all ? weeks : weeks.slice(Math.max(0, pivot - PAST_SHOWN), pivot + AHEAD_SHOWN);
  const past = weeks.filter((week) => week.when === 'past' && week.met !== null);
  const met = past.filter((week) => week.met).length;
  const last = weeks.at(-1);
  return (
    <section className={styles.panel} aria-labelledby="milestones-title">
      <h2 id="milestones-title">Weekly milestones</h2>
      {!last || firstAhead === -1 ? (
        <EmptyState>Every topic of your goal is practised: no milestones left. Keep up the reviews.</EmptyState>
      ) : (
        <>
          <p className={styles.muted}>
            About {milestones.weekly_hours} h of new study a week
            {milestones.pace !== 1 ? ` at your pace (${milestones.pace.toFixed(1)}× the estimates)` : ''}; the last
            milestone falls in the week of {shortDate(last.starts_on)}.
            {past.length > 0 && ` You met ${met} of ${past.length} past milestones.`} Milestones spread the
            estimated hours evenly over your study days; the forecast simulates missed days and reviews, so its
            dates can differ a little.
          </p>
          <ol className={styles.weeks}>
            {shown.map((week) => (
              <WeekItem key={week.starts_on} week={week} />
            ))}
          </ol>
          {weeks.length > shown.length || all ? (
            <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? 'Show fewer weeks' : `Show all ${weeks.length} weeks`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
