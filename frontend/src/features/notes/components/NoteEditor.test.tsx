import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import type { MyGroupChoice, MyNote } from '../api/notes';
import { NoteEditor } from './NoteEditor';

const GROUPS = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Linear algebra club' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Night owls' },
] as [MyGroupChoice, MyGroupChoice];

const saved = (body: string, extra: Partial<MyNote> = {}): MyNote => ({
  topic: { slug: 'vectors', title: 'Vectors' },
  body,
  visibility: 'private',
  groups: [],
  updated_at: '2030-03-04T10:15:00Z',
  ...extra,
});

const puts = (calls: { method: string; body: string }[]) => calls.filter((call) => call.method === 'PUT');

const type = (value: string) => fireEvent.change(screen.getByLabelText('Note'), { target: { value } });

test('the preview renders Markdown and maths as the learner types, and saving sends the raw text', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({
    'PUT /api/groups/notes/vectors/': ({ body }: { body: string }) => saved(JSON.parse(body).body),
  });
  renderAt(<NoteEditor topic="vectors" note={null} groups={GROUPS} />);
  const preview = screen.getByRole('region', { name: 'Preview' });
  expect(preview).toHaveTextContent('Nothing to preview yet.');

  type('**Norm**: $\\|v\\|_2$');

  expect(await within(preview).findByText('Norm')).toContainHTML('Norm');
  expect(preview.querySelector('strong')).toHaveTextContent('Norm');
  expect(preview.querySelector('.katex')).not.toBeNull();
  expect(screen.getByText('19 / 20,000 characters')).toBeInTheDocument();
  expect(screen.getByText('Unsaved changes.')).toHaveAttribute('role', 'status');

  await user.click(screen.getByText('Save note'));

  expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
  expect(JSON.parse(puts(calls)[0]!.body)).toEqual({ body: '**Norm**: $\\|v\\|_2$', visibility: 'private', groups: [] });
  expect(screen.getByText('Delete note')).toBeInTheDocument();
});

test('HTML typed into a note is never injected into the page', async () => {
  renderAt(<NoteEditor topic="vectors" note={null} groups={GROUPS} />);
  type('Hi <script>window.__notePwned = 1</script>\n\n<img src="x" onerror="window.__notePwned = 2">\n\n<b>bold?</b>');

  const preview = screen.getByRole('region', { name: 'Preview' });
  expect(await within(preview).findByText(/Hi/)).toBeInTheDocument();
  expect(preview.querySelector('script')).toBeNull();
  expect(preview.querySelector('img')).toBeNull();
  expect(preview.querySelector('[onerror]')).toBeNull();
  expect(preview.querySelector('b')).toBeNull();
  expect((window as { __notePwned?: number }).__notePwned).toBeUndefined();
  // The textarea still holds exactly what was typed: that is what gets saved.
  expect(screen.getByLabelText('Note')).toHaveValue(
    'Hi <script>window.__notePwned = 1</script>\n\n<img src="x" onerror="window.__notePwned = 2">\n\n<b>bold?</b>',
  );
});

test('sharing with groups needs a ticked group, then sends the ticked ids', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({
    'PUT /api/groups/notes/vectors/': ({ body }: { body: string }) => {
      const input = JSON.parse(body);
      return saved(input.body, { visibility: 'groups', groups: [{ id: GROUPS[1].id, name: GROUPS[1].name }] });
    },
  });
  renderAt(<NoteEditor topic="vectors" note={saved('Old text')} groups={GROUPS} />);
  expect(screen.getByLabelText('Note')).toHaveValue('Old text');
  expect(screen.getByRole('status')).toHaveTextContent(/^Last saved at /);

  await user.click(screen.getByRole('radio', { name: /My groups/ }));
  const share = screen.getByRole('group', { name: 'Share with' });
  await user.click(screen.getByRole('button', { name: 'Save note' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Tick at least one group to share with.');
  expect(puts(calls)).toHaveLength(0);

  await user.click(within(share).getByRole('checkbox', { name: 'Night owls' }));
  await user.click(screen.getByRole('button', { name: 'Save note' }));

  expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
  expect(JSON.parse(puts(calls)[0]!.body)).toEqual({ body: 'Old text', visibility: 'groups', groups: [GROUPS[1].id] });
});

test('a learner in no group is pointed to the groups page', async () => {
  const user = userEvent.setup();
  renderAt(<NoteEditor topic="vectors" note={null} groups={[]} />);
  await user.click(screen.getByRole('radio', { name: /My groups/ }));
  expect(screen.getByRole('link', { name: 'Find or start a study group' })).toHaveAttribute('href', '/groups');
});

test('empty and over-long notes are refused before saving, and API errors show at the field', async () => {
  const user = userEvent.setup();
  const { calls } = mockFetch({
    'PUT /api/groups/notes/vectors/': {
      status: 400,
      body: {
        error: { status: 400, code: 'invalid', message: 'Some fields need attention.', fields: { body: ['Too odd.'] } },
      },
    },
  });
  renderAt(<NoteEditor topic="vectors" note={null} groups={GROUPS} />);

  await user.click(screen.getByRole('button', { name: 'Save note' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Write something first.');

  type('x'.repeat(20_001));
  expect(screen.getByLabelText('Note')).toHaveAttribute('aria-invalid', 'true');
  await user.click(screen.getByRole('button', { name: 'Save note' }));
  expect(screen.getByRole('alert')).toHaveTextContent('A note holds at most 20,000 characters.');
  expect(puts(calls)).toHaveLength(0);

  type('fine');
  await user.click(screen.getByRole('button', { name: 'Save note' }));
  expect(await screen.findByText('Too odd.')).toBeInTheDocument();
  expect(screen.getByLabelText('Note')).toHaveAttribute('aria-invalid', 'true');
});

test('deleting asks once more, then empties the editor', async () => {
  const user = userEvent.setup();
  mockFetch({ 'DELETE /api/groups/notes/vectors/': { status: 204 } });
  renderAt(<NoteEditor topic="vectors" note={saved('Bye')} groups={GROUPS} />);
  await user.click(screen.getByRole('button', { name: 'Delete note' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete this note' }));
  expect(await screen.findByText('Note deleted.')).toBeInTheDocument();
  expect(screen.getByLabelText('Note')).toHaveValue('');
});
