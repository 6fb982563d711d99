import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { attachmentName } from '../api/export-data';
import { DownloadMyData } from './DownloadMyData';

describe('attachmentName', () => {
  it('reads plain and RFC 5987 file names, and falls back without one', () => {
    expect(attachmentName('attachment; filename="lemma-export-ada-2025-03-01.json"')).toBe(
      'lemma-export-ada-2025-03-01.json',
    );
    expect(attachmentName("attachment; filename*=utf-8''lemma-export-j%C3%BCrgen-2025-03-01.json")).toBe(
      'lemma-export-jürgen-2025-03-01.json',
    );
    expect(attachmentName(null)).toBe('lemma-export.json');
  });
});

describe('DownloadMyData', () => {
  it('saves the export under the name the server gives it', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"format":"lemma-account-export"}', {
            headers: {
              'Content-Type': 'application/json',
              'Content-Disposition': 'attachment; filename="lemma-export-ada-2025-03-01.json"',
            },
          }),
      ),
    );
    renderAt(<DownloadMyData />);

    await user.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('Your data was saved as lemma-export-ada-2025-03-01.json.')).toBeInTheDocument();
    expect(saved).toEqual(['lemma-export-ada-2025-03-01.json blob:export']);
    click.mockRestore();
  });

  it('says why a download failed and offers to try again', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/auth/me/export/': {
        status: 403,
        body: { error: { status: 403, code: 'not_authenticated', message: 'Please log in first.' } },
      },
    });
    renderAt(<DownloadMyData />);

    await user.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please log in first.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
