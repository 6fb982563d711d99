import { screen, waitFor } from '@testing-library/react';
import { mockFetch, renderAt } from '@/test/render';
import { GroupNotes } from './GroupNotes';

const GROUP = '11111111-1111-4111-8111-111111111111';

test('members see the shared notes, rendered without raw HTML', async () => {
  mockFetch({
    [`GET /api/groups/${GROUP}/notes/`]: [
      {
        author: { user_id: 2, username: 'mia' },
        topic: { slug: 'vectors', title: 'Vectors' },
        body: 'Length $\\|v\\|$ <img src="x" onerror="alert(1)">',
        visibility: 'groups',
        updated_at: '2030-03-04T10:15:00Z',
      },
    ],
  });
  const { container } = renderAt(<GroupNotes groupId={GROUP} />);
  expect(await screen.findByRole('link', { name: 'Vectors' })).toHaveAttribute('href', '/topics/vectors');
  expect(screen.getByText(/by mia/)).toBeInTheDocument();
  expect(container.querySelector('img')).toBeNull();
});

test('a non-member sees nothing of them', async () => {
  const { fetchMock } = mockFetch({
    [`GET /api/groups/${GROUP}/notes/`]: { status: 404, body: { error: { status: 404, code: 'not_found', message: 'No such group.' } } },
  });
  const { container } = renderAt(<GroupNotes groupId={GROUP} />);
  expect(screen.getByText('Loading shared notes…')).toBeInTheDocument();
  // RTL's waitFor wraps each try in act(), so the refusal's re-render is awaited, not leaked
  await waitFor(() => expect(container).toBeEmptyDOMElement());
  expect(fetchMock).toHaveBeenCalled();
});
