import type { HeatmapLevel } from '../api/progress';

export const LEVEL_LABELS: Record<HeatmapLevel, string> = {
  not_started: 'Not started',
  learning: 'Learning',
  practised: 'Practised',
  mastered: 'Mastered',
};

export const LEVEL_ORDER: HeatmapLevel[] = ['not_started', 'learning', 'practised', 'mastered'];
