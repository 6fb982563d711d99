import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Level } from '@/components/LevelBadge';
import { LoadingState, QueryView } from '@/components/States';
import { panelId, tabId } from '@/components/tab-ids';
import { TabList, type Tab } from '@/components/Tabs';
import { ToggleGroup } from '@/components/ToggleGroup';
import { formatHours } from '@/lib/format';
import { useRoadmap, type Roadmap } from '../api/get-roadmap';
import { filterByLevel, LEVELS } from '../lib/levels';
import { countByLevel, masteryByTopic, type ColourBy, type ProgressRow } from '../lib/mastery';
import { studyOrder } from '../lib/study-order';
import { AreaLegend } from './AreaLegend';
import { MasteryLegend } from './MasteryLegend';
import { RoadmapOutline, type OutlineOrder } from './RoadmapOutline';
import styles from './RoadmapView.module.css';

const RoadmapGraph = lazy(() => import('./RoadmapGraph'));

type View = 'graph' | 'outline';
const views: readonly Tab<View>[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'outline', label: 'Outline' },
];
const levelLabels: Record<Level, string> = { core: 'Core', recommended: 'Recommended', optional: 'Optional' };

/**
 * The signed-in learner's progress: `rows` is undefined while signed out, while loading and after
 * a failure, and the roadmap then looks as it does to everyone.
 */
export type LearnerProgress = { rows: readonly ProgressRow[] | undefined; failed: boolean; retry: () => void };

export function RoadmapView({ slug, progress }: { slug: string; progress?: LearnerProgress }) {
  const roadmap = useRoadmap(slug);
  return (
    <QueryView query={roadmap} loading="Loading the roadmap…">
      {(data) => <RoadmapTabs roadmap={data} progress={progress} />}
    </QueryView>
  );
}

// A large graph is hard to use on a phone, so narrow screens open on the outline.
const defaultView = (): View =>
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 40rem)').matches ? 'outline' : 'graph';

/** View, outline order and hidden levels live in the URL so a view can be shared and survives Back. */
function useRoadmapParams() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('view');
  const view: View = requested === 'outline' || requested === 'graph' ? requested : defaultView();
  const order: OutlineOrder = params.get('order') === 'area' ? 'area' : 'study';
  const colourBy: ColourBy = params.get('colour') === 'progress' ? 'progress' : 'area';
  const hidden = new Set((params.get('hide') ?? '').split(',').filter((level) => level !== 'core'));
  const shown = new Set(LEVELS.filter((level) => !hidden.has(level)));

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const toggleLevel = (level: Level) => {
    const nextHidden = new Set(hidden);
    if (nextHidden.has(level)) nextHidden.delete(level);
    else nextHidden.add(level);
    update({ hide: LEVELS.filter((l) => nextHidden.has(l)).join(',') || null });
  };

  return {
    view,
    order,
    shown,
    colourBy,
    setView: (next: View) => update({ view: next }),
    setOrder: (next: OutlineOrder) => update({ order: next === 'study' ? null : next }),
    setColourBy: (next: ColourBy) => update({ colour: next === 'area' ? null : next }),
    toggleLevel,
  };
}

const colourOptions = [
  { value: 'area', label: 'Area' },
  { value: 'progress', label: 'My progress' },
] as const;

function RoadmapTabs({ roadmap, progress }: { roadmap: Roadmap; progress?: LearnerProgress }) {
  const { view, order, shown, colourBy, setView, setOrder, setColourBy, toggleLevel } = useRoadmapParams();
  const rows = progress?.rows;
  const mastery = useMemo(() => (rows ? masteryByTopic(rows) : undefined), [rows]);
  const shownKey = [...shown].join(',');
  const { topics, edges } = useMemo(
    () => filterByLevel(roadmap.topics, roadmap.edges, new Set(shownKey.split(',') as Level[])),
    [roadmap, shownKey],
  );
  const ordered = useMemo(() => studyOrder(topics, edges), [topics, edges]);
  const hours = topics.reduce((sum, topic) => sum + topic.estimated_hours, 0);
  const levelsPresent = LEVELS.filter((level) => roadmap.topics.some((topic) => topic.level === level));
  const counts = useMemo(
    () => (mastery ? countByLevel(topics.map((topic) => topic.slug), mastery) : null),
    [topics, mastery],
  );

  return (
    <section aria-labelledby="roadmap-heading" className={styles.roadmap}>
      <div className={styles.toolbar}>
        <h2 id="roadmap-heading" className={styles.heading}>
          Topics
        </h2>
        <TabList label="Roadmap view" idPrefix="roadmap" tabs={views} selected={view} onSelect={setView} />
      </div>

      <div className={styles.controls}>
        <fieldset className={styles.levels}>
          <legend>Show levels</legend>
          {levelsPresent.map((level) => (
            <label key={level} className={styles.check}>
              <input
                type="checkbox"
                checked={shown.has(level)}
                disabled={level === 'core'}
                onChange={() => toggleLevel(level)}
              />
              {levelLabels[level]}
            </label>
          ))}
        </fieldset>
        <p className={styles.count} aria-live="polite">
          {topics.length} {topics.length === 1 ? 'topic' : 'topics'} · {formatHours(hours)}
        </p>
      </div>

      {counts && <MasteryLegend counts={counts} />}
      {progress?.failed && (
        <p className={styles.note} role="status">
          Your progress could not be loaded, so the roadmap is shown without it.{' '}
          <button type="button" className="link-button" onClick={progress.retry}>
            Try again
          </button>
        </p>
      )}

      {view === 'graph' ? (
        <div role="tabpanel" id={panelId('roadmap', 'graph')} aria-labelledby={tabId('roadmap', 'graph')}>
          <p className={styles.note}>
            Prerequisites sit above the topics that need them.
            {mastery && ' A badge on a topic’s top edge shows your level in it.'} Click a topic, or Tab to it and press
            Enter, to open it. Prefer a list?{' '}
            <button type="button" className="link-button" onClick={() => setView('outline')}>
              Use the outline
            </button>
            .
          </p>
          {mastery && (
            <div className={styles.colourBy}>
              <ToggleGroup legend="Colour topics by" options={colourOptions} value={colourBy} onChange={setColourBy} />
              {colourBy === 'progress' && (
                <p className={styles.colourNote}>
                  A topic’s fill and border show your level; its thick left edge keeps its area’s colour.
                </p>
              )}
            </div>
          )}
          <AreaLegend areas={topics.map((topic) => topic.area)} />
          <Suspense fallback={<LoadingState label="Drawing the graph…" />}>
            <RoadmapGraph
              roleTitle={roadmap.role.title}
              topics={topics}
              edges={edges}
              mastery={mastery}
              colourBy={colourBy}
            />
          </Suspense>
        </div>
      ) : (
        <div
          role="tabpanel"
          id={panelId('roadmap', 'outline')}
          aria-labelledby={tabId('roadmap', 'outline')}
          className={styles.outline}
        >
          <ToggleGroup
            legend="Order"
            options={[
              { value: 'study', label: 'Study order' },
              { value: 'area', label: 'By area' },
            ]}
            value={order}
            onChange={setOrder}
          />
          <RoadmapOutline ordered={ordered} order={order} mastery={mastery} />
        </div>
      )}
    </section>
  );
}
