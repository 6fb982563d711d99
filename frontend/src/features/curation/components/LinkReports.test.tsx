import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { LinkReports } from './LinkReports';

const finished = {
  id: 3,
  started_at: '2026-03-02T03:17:00Z',
  finished_at: '2026-03-02T03:19:00Z',
  checked: 12,
  broken_count: 2,
  broken: [
    {
      resource: 'old-notes',
      title: 'Old lecture notes',
      url: 'https://example.org/gone',
      status_code: 404,
      problem: 'HTTP 404 Not Found',
      checked_at: '2026-03-02T03:18:00Z',
    },
    {
      resource: 'slow-site',
      title: 'A slow site',
      url: 'https://slow.example.org/',
      status_code: null,
      problem: 'no answer within 10 s',
      checked_at: '2026-03-02T03:18:30Z',
    },
  ],
};

describe('LinkReports', () => {
  it('says when no check has run yet', async () => {
    mockFetch({ 'GET /api/curation/link-reports/': [] });
    renderAt(<LinkReports />);
    expect(await screen.findByText('No link check has run yet.')).toBeInTheDocument();
  });

  it('lists each run with its broken links and why they failed', async () => {
    mockFetch({ 'GET /api/curation/link-reports/': [finished] });
    renderAt(<LinkReports />);

    const run = await screen.findByRole('listitem', { name: /Run of/ });
    expect(run).toHaveTextContent('12 checked');
    expect(run).toHaveTextContent('2 broken');
    const rows = within(run).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('HTTP 404: HTTP 404 Not Found'),
      expect.stringContaining('no answer within 10 s'),
    ]);
    expect(within(run).getByRole('link', { name: /Old lecture notes/ })).toHaveAttribute(
      'href',
      'https://example.org/gone',
    );
  });

  it('queues a check on request and says so', async () => {
    const user = userEvent.setup();
    let runs: unknown[] = [finished];
    const { calls } = mockFetch({
      'GET /api/curation/link-reports/': () => runs,
      'POST /api/curation/link-reports/start/': () => {
        runs = [{ ...finished, id: 4, finished_at: null, checked: 0, broken_count: 0, broken: [] }, finished];
        return { status: 202, body: { queued: true } };
      },
    });
    renderAt(<LinkReports />);
    await screen.findByRole('listitem', { name: /Run of/ });

    await user.click(screen.getByRole('button', { name: 'Check links now' }));

    expect(await screen.findByText(/Link check queued/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(await screen.findByText(/Still running/)).toBeInTheDocument();
  });

  it('shows why a check could not start', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/curation/link-reports/': [],
      'POST /api/curation/link-reports/start/': {
        status: 403,
        body: { error: { status: 403, code: 'permission_denied', message: 'Only curators can do this.' } },
      },
    });
    renderAt(<LinkReports />);
    await screen.findByText('No link check has run yet.');

    await user.click(screen.getByRole('button', { name: 'Check links now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Only curators can do this.');
  });
});
