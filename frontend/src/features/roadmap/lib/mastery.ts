import type { ResponseBody } from '@/lib/api/types';
import { areaColour } from '@/lib/areas/colours';
import type { RoadmapTopic } from '../api/get-roadmap';

/** One row of GET /api/learning/progress/, as far as the roadmap needs it. */
export type ProgressRow = Pick<ResponseBody<'/api/learning/progress/'>[number], 'topic' | 'level' | 'p_known'>;
export type MasteryLevel = ProgressRow['level'];

/** A learner's standing in one topic, as the roadmap shows it. */
export type TopicMastery = { level: MasteryLevel; pKnown: number };

/** From nothing to done; "due" (mastered, but a review is due) comes last. */
export const MASTERY_LEVELS: readonly MasteryLevel[] = ['not_started', 'learning', 'practised', 'mastered', 'due'];

export const MASTERY_LABELS: Record<MasteryLevel, string> = {
  not_started: 'Not started',
  learning: 'Learning',
  practised: 'Practised',
  mastered: 'Mastered',
  due: 'Due for review',
};

export type MasteryColour = { solid: string; tint: string };

/**
 * Node colours when the graph is coloured by progress (mastered green and due orange, as on the plan page). `solid` is at least 3:1 against white and
 * the tints keep dark text at AA contrast; the label and icon always say the same thing.
 */
export const MASTERY_COLOURS: Record<MasteryLevel, MasteryColour> = {
  not_started: { solid: '#6b7586', tint: '#ffffff' },
  learning: { solid: '#0369a1', tint: '#e0f2fe' },
  practised: { solid: '#4338ca', tint: '#e0e7ff' },
  mastered: { solid: '#15803d', tint: '#dcfce7' },
  due: { solid: '#c2410c', tint: '#ffedd5' },
};

export const NOT_STARTED: TopicMastery = { level: 'not_started', pKnown: 0 };

/** Progress rows by topic slug; topics never attempted are absent and count as not started. */
export function masteryByTopic(rows: readonly ProgressRow[]): Map<string, TopicMastery> {
  return new Map(rows.map((row) => [row.topic, { level: row.level, pKnown: row.p_known }]));
}

/** How full the progress ring is: the estimate of knowing it while learning, full once mastered. */
export function ringFraction({ level, pKnown }: TopicMastery): number {
  if (level === 'mastered' || level === 'due') return 1;
  if (level === 'not_started') return 0;
  return Math.min(1, Math.max(0, pKnown));
}

/** "learning, about 40% known": the state in words, for accessible names and tooltips. */
export function describeMastery(mastery: TopicMastery): string {
  const label = MASTERY_LABELS[mastery.level].toLowerCase();
  if (mastery.level === 'learning' || mastery.level === 'practised') {
    return `${label}, about ${Math.round(mastery.pKnown * 100)}% known`;
  }
  return label;
}

/** How many of the given topics are at each level. */
export function countByLevel(slugs: readonly string[], mastery: ReadonlyMap<string, TopicMastery>) {
  const counts = Object.fromEntries(MASTERY_LEVELS.map((level) => [level, 0])) as Record<MasteryLevel, number>;
  for (const slug of slugs) counts[(mastery.get(slug) ?? NOT_STARTED).level] += 1;
  return counts;
}

export type ColourBy = 'area' | 'progress';

/** A node's fill and border: its area's colours, or the learner's level with the area kept on the left edge. */
export function nodeColours({
  topic,
  mastery,
  colourBy = 'area',
}: {
  topic: Pick<RoadmapTopic, 'area'>;
  mastery?: TopicMastery;
  colourBy?: ColourBy;
}): { background: string; borderColor: string; borderLeftColor?: string } {
  const area = areaColour(topic.area);
  if (!mastery || colourBy === 'area') return { background: area.tint, borderColor: area.solid };
  const level = MASTERY_COLOURS[mastery.level];
  return { background: level.tint, borderColor: level.solid, borderLeftColor: area.solid };
}

/** "Vectors: core, 3 hours", followed by the learner's state when it is known. */
export function nodeAriaLabel(
  topic: Pick<RoadmapTopic, 'title' | 'level' | 'is_goal' | 'estimated_hours'>,
  mastery?: TopicMastery,
): string {
  const label = `${topic.title}: ${topic.level}${topic.is_goal ? '' : ' prerequisite'}, ${topic.estimated_hours} hours`;
  return mastery ? `${label}, ${describeMastery(mastery)}` : label;
}
