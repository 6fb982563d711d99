import type { AnswerKind } from '../api/get-instance';
import { assembleGrid, cellCount, emptyCells, splitGrid, type GridShape } from './grid';

/** How the learner is writing the answer: MathLive, plain text, a grid of cells, or a choice. */
export type AnswerMode = 'math' | 'text' | 'grid' | 'choice';

export type AnswerState = {
  mode: AnswerMode;
  /** The maths editor's LaTeX or the typed text; shared so switching between them keeps the work. */
  draft: string;
  cells: string[];
  choice: string | null;
  grid: GridShape | null;
};

export type AnswerAction =
  | { type: 'edit'; value: string }
  | { type: 'editCell'; index: number; value: string }
  | { type: 'choose'; id: string }
  | { type: 'switchMode'; mode: AnswerMode };

const GRID_KINDS: ReadonlySet<AnswerKind> = new Set(['vector', 'matrix']);

export function answerModes(kind: AnswerKind, grid: GridShape | null): AnswerMode[] {
  if (kind === 'choice') return ['choice'];
  if (GRID_KINDS.has(kind) && grid) return ['grid', 'text'];
  return ['math', 'text'];
}

export function initialAnswerState(kind: AnswerKind, grid: GridShape | null, prefersText: boolean): AnswerState {
  const [first, second] = answerModes(kind, grid);
  return {
    mode: prefersText && second ? second : (first as AnswerMode),
    draft: '',
    cells: grid ? emptyCells(grid) : [],
    choice: null,
    grid,
  };
}

const hasCells = (state: AnswerState) => state.cells.some((cell) => cell.trim() !== '');

export function answerReducer(state: AnswerState, action: AnswerAction): AnswerState {
  switch (action.type) {
    case 'edit':
      return { ...state, draft: action.value };
    case 'editCell':
      return { ...state, cells: state.cells.map((cell, index) => (index === action.index ? action.value : cell)) };
    case 'choose':
      return { ...state, choice: action.id };
    case 'switchMode': {
      if (action.mode === state.mode) return state;
      const { grid } = state;
      if (grid && state.mode === 'grid' && hasCells(state)) {
        return { ...state, mode: action.mode, draft: assembleGrid(grid, state.cells) };
      }
      if (grid && action.mode === 'grid') {
        return { ...state, mode: action.mode, cells: splitGrid(grid, state.draft) ?? state.cells };
      }
      return { ...state, mode: action.mode };
    }
  }
}

/** The string to send, or the reason there is nothing to send yet. */
export type Answer = { answer: string; problem: null } | { answer: null; problem: string };

export function currentAnswer(state: AnswerState): Answer {
  if (state.mode === 'choice') {
    return state.choice ? { answer: state.choice, problem: null } : { answer: null, problem: 'Choose an answer first.' };
  }
  if (state.mode === 'grid' && state.grid) {
    const empty = state.cells.filter((cell) => cell.trim() === '').length;
    if (empty === 0) return { answer: assembleGrid(state.grid, state.cells), problem: null };
    const total = cellCount(state.grid);
    return { answer: null, problem: `Fill in every entry first: ${empty} of ${total} ${total === 1 ? 'is' : 'are'} empty.` };
  }
  return state.draft.trim() ? { answer: state.draft, problem: null } : { answer: null, problem: 'Write an answer first.' };
}
