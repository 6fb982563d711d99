import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { instanceId, makeInstance, makeSubmission } from '../test-fixtures';
import { PractiseView } from './PractiseView';

describe('the grid input', () => {
  beforeEach(() => {
    document.cookie = 'csrftoken=t';
    window.sessionStorage.clear();
    window.localStorage.clear();
  });

  it('moves between cells with the arrow keys and sends the matrix as [[a, b], [c, d]]', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      [`GET /api/exercises/instances/${instanceId}/`]: makeInstance({ kind: 'matrix', shape: [2, 2], prompt: 'Invert $A$.' }),
      'POST /api/exercises/preview/': { ok: true, latex: 'M', message: '', code: 'ok', error_position: null, suggestion: null },
      [`POST /api/exercises/instances/${instanceId}/submissions/`]: {
        status: 202,
        body: makeSubmission({ correct: true, code: 'correct', feedback: 'Correct.' }),
      },
    });
    renderAt(<PractiseView topic="matrix-inverse" />, {
      path: '/practise/:topic',
      route: `/practise/matrix-inverse?instance=${instanceId}`,
    });

    await user.click(await screen.findByRole('textbox', { name: 'Row 1, column 1' }));
    await user.keyboard('1/2{ArrowRight}-1{ArrowDown}sqrt(2){Home}{ArrowLeft}0');
    expect(screen.getByRole('textbox', { name: 'Row 2, column 1' })).toHaveValue('0');
    expect(screen.getByRole('textbox', { name: 'Row 2, column 2' })).toHaveValue('sqrt(2)');

    await user.keyboard('{Enter}');
    expect(await screen.findByText('Correct', { selector: 'p' })).toBeInTheDocument();
    const sent = calls.find((call) => call.path.endsWith('/submissions/'));
    expect(JSON.parse(sent!.body)).toEqual({ answer: '[[1/2, -1], [0, sqrt(2)]]' });
  });
});
