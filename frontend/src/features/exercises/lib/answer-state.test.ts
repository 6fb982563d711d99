import { answerModes, answerReducer, currentAnswer, initialAnswerState, type AnswerState } from './answer-state';
import { gridShape } from './grid';

const grid = gridShape([2, 2]);
const apply = (state: AnswerState, ...actions: Parameters<typeof answerReducer>[1][]) =>
  actions.reduce(answerReducer, state);

describe('answer modes', () => {
  it('offers the maths editor or text for formulas, a grid or text for matrices, choices for choices', () => {
    expect(answerModes('expression', null)).toEqual(['math', 'text']);
    expect(answerModes('interval', null)).toEqual(['math', 'text']);
    expect(answerModes('matrix', grid)).toEqual(['grid', 'text']);
    expect(answerModes('vector', null)).toEqual(['math', 'text']);
    expect(answerModes('choice', null)).toEqual(['choice']);
  });

  it('starts in text when the learner prefers it, except for choices', () => {
    expect(initialAnswerState('number', null, false).mode).toBe('math');
    expect(initialAnswerState('number', null, true).mode).toBe('text');
    expect(initialAnswerState('matrix', grid, true).mode).toBe('text');
    expect(initialAnswerState('choice', null, true).mode).toBe('choice');
  });
});

describe('answerReducer', () => {
  it('keeps the draft when switching between the editor and text', () => {
    const state = apply(
      initialAnswerState('expression', null, false),
      { type: 'edit', value: '\\frac{1}{2}' },
      { type: 'switchMode', mode: 'text' },
    );
    expect(state.mode).toBe('text');
    expect(currentAnswer(state)).toEqual({ answer: '\\frac{1}{2}', problem: null });
  });

  it('carries grid cells into text and text back into cells', () => {
    let state = apply(
      initialAnswerState('matrix', grid, false),
      { type: 'editCell', index: 0, value: '1' },
      { type: 'editCell', index: 1, value: '2' },
      { type: 'editCell', index: 2, value: '3' },
      { type: 'editCell', index: 3, value: '4' },
      { type: 'switchMode', mode: 'text' },
    );
    expect(state.draft).toBe('[[1, 2], [3, 4]]');

    state = apply(state, { type: 'edit', value: '[[1, 2], [3, 5]]' }, { type: 'switchMode', mode: 'grid' });
    expect(state.cells).toEqual(['1', '2', '3', '5']);
  });

  it('keeps the cells when the typed text does not fit the grid', () => {
    const state = apply(
      initialAnswerState('matrix', grid, false),
      { type: 'editCell', index: 0, value: '9' },
      { type: 'switchMode', mode: 'text' },
      { type: 'edit', value: '[1, 2]' },
      { type: 'switchMode', mode: 'grid' },
    );
    expect(state.cells).toEqual(['9', '', '', '']);
  });
});

describe('currentAnswer', () => {
  it('asks for an answer before sending an empty one', () => {
    expect(currentAnswer(initialAnswerState('number', null, true))).toEqual({
      answer: null,
      problem: 'Write an answer first.',
    });
    expect(currentAnswer(initialAnswerState('choice', null, false)).problem).toBe('Choose an answer first.');
  });

  it('counts the empty cells of an unfinished grid', () => {
    const state = apply(initialAnswerState('matrix', grid, false), { type: 'editCell', index: 0, value: '1' });
    expect(currentAnswer(state)).toEqual({ answer: null, problem: 'Fill in every entry first: 3 of 4 are empty.' });
  });

  it('assembles a full grid and sends a chosen choice by id', () => {
    const full = apply(
      initialAnswerState('matrix', grid, false),
      ...['1', '0', '0', '1'].map((value, index) => ({ type: 'editCell' as const, index, value })),
    );
    expect(currentAnswer(full).answer).toBe('[[1, 0], [0, 1]]');
    const chosen = apply(initialAnswerState('choice', null, false), { type: 'choose', id: 'b' });
    expect(currentAnswer(chosen).answer).toBe('b');
  });
});
