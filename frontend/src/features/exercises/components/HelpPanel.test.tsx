import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { instanceId, makeInstance } from '../test-fixtures';
import { useInstance } from '../api/get-instance';
import { HelpPanel } from './HelpPanel';

const hints = ['Multiply the components **in the same position**.', 'Add the two products: $a_1 b_1 + a_2 b_2$.'];
const base = `/api/exercises/instances/${instanceId}`;

/** The panel as the player uses it: reading the instance from the query cache. */
function Help() {
  const instance = useInstance(instanceId);
  return instance.data ? <HelpPanel instance={instance.data} /> : null;
}

describe('HelpPanel', () => {
  beforeEach(() => {
    document.cookie = 'csrftoken=t';
  });

  it('reveals hints one at a time and counts them', async () => {
    const user = userEvent.setup();
    let shown = 0;
    mockFetch({
      [`GET ${base}/`]: () => makeInstance({ hints: hints.slice(0, shown) }),
      [`POST ${base}/hints/`]: () => makeInstance({ hints: hints.slice(0, ++shown) }),
    });
    renderAt(<Help />);

    await user.click(await screen.findByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(await screen.findByText('in the same position')).toBeInTheDocument();
    expect(screen.getByText('Multiply the components', { exact: false }).closest('li')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show a hint (2 of 2)' }));
    expect(await screen.findByText('Hint 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show a hint/ })).not.toBeInTheDocument();
    expect(screen.getByText('That is every hint.')).toBeInTheDocument();
  });

  it('asks before showing the worked solution, then shows it with the answer', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      [`GET ${base}/`]: makeInstance(),
      [`POST ${base}/solution/`]: makeInstance({ solution: 'Multiply and add: $18 - 15 = 3$.', answer: '3' }),
      'POST /api/exercises/preview/': { ok: true, latex: '3', message: '', code: 'ok', error_position: null, suggestion: null },
    });
    renderAt(<Help />);

    await user.click(await screen.findByRole('button', { name: 'Show worked solution' }));
    expect(screen.getByText('Show the worked solution? This exercise will count as not solved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep trying' }));
    expect(calls.some((call) => call.path.endsWith('/solution/'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Show worked solution' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show worked solution' }));
    await user.click(screen.getByRole('button', { name: 'Show the solution' }));
    expect(await screen.findByRole('heading', { name: 'Worked solution' })).toBeInTheDocument();
    expect(screen.getByText(/Multiply and add/)).toBeInTheDocument();
    expect(await screen.findByText('Answer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show a hint/ })).not.toBeInTheDocument();
  });
});
