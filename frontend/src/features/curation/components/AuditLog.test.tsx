import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { AuditLog } from './AuditLog';

const edit = {
  id: 12,
  created_at: '2025-03-01T10:00:00Z',
  actor: 'cora',
  action: 'resource_update',
  target_type: 'resource',
  target_id: 5,
  before: { title: 'Dot products, drawn', url: 'https://example.org/dot', minutes_to_complete: 20 },
  after: { title: 'Dot products, redrawn', url: 'https://example.org/dot', minutes_to_complete: null },
  reverts: null,
  reverted_by: null,
};
const linkCheck = {
  ...edit,
  id: 13,
  actor: null,
  action: 'link_status',
  before: { link_status: 'ok' },
  after: { link_status: 'broken' },
};
const revertOfEdit = {
  ...edit,
  id: 14,
  action: 'revert',
  before: edit.after,
  after: edit.before,
  reverts: 12,
};

// jsdom drops the space before the visually hidden part of a name that browsers keep.
const revertButton = (id: number) => new RegExp(`^Revert ?change #${id}$`);

function renderLog(entries: () => unknown[], revert: unknown) {
  const mock = mockFetch({
    'GET /api/curation/log/': () => entries(),
    'POST /api/curation/log/12/revert/': revert,
  });
  renderAt(<AuditLog />);
  return mock;
}

describe('AuditLog', () => {
  it('says when nothing has been changed', async () => {
    renderLog(() => [], {});
    expect(await screen.findByText('Nothing has been changed yet.')).toBeInTheDocument();
  });

  it('shows only the changed fields, before and after', async () => {
    renderLog(() => [edit, linkCheck], {});
    const item = await screen.findByRole('listitem', { name: 'Edited a resource #5 (resource)' });
    expect(item).toHaveTextContent('cora');
    const table = within(item).getByRole('table', { name: 'What change #12 changed' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        (['columnheader', 'rowheader', 'cell'] as const)
          .flatMap((role) => within(row).queryAllByRole(role))
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Field', 'Before', 'After'],
      ['minutes_to_complete', '20', '—'],
      ['title', 'Dot products, drawn', 'Dot products, redrawn'],
    ]);

    const check = screen.getByRole('listitem', { name: 'Link status changed #5 (resource)' });
    expect(check).toHaveTextContent('The link checker');
  });

  it('reverts a change only after confirmation, and marks it reverted', async () => {
    const user = userEvent.setup();
    let entries: unknown[] = [edit];
    const { calls } = renderLog(() => entries, () => {
      entries = [revertOfEdit, { ...edit, reverted_by: 14 }];
      return revertOfEdit;
    });
    const item = await screen.findByRole('listitem', { name: 'Edited a resource #5 (resource)' });

    await user.click(within(item).getByRole('button', { name: revertButton(12) }));
    const confirm = within(item).getByRole('group', { name: 'Revert change #12?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((call) => call.path.endsWith('/revert/'))).toBe(false);

    await user.click(within(item).getByRole('button', { name: revertButton(12) }));
    await user.click(within(item).getByRole('button', { name: 'Yes, revert' }));

    expect(await screen.findByText('Reverted by change #14')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reverted change #12.');
    expect(calls.filter((call) => call.path === '/api/curation/log/12/revert/')).toHaveLength(1);
    const reverted = screen.getByRole('listitem', { name: 'Edited a resource #5 (resource)' });
    expect(within(reverted).queryByRole('button', { name: revertButton(12) })).not.toBeInTheDocument();
    const undo = screen.getByRole('listitem', { name: 'Reverted a change #5 (resource)' });
    expect(undo).toHaveTextContent('undoes change #12');
    expect(within(undo).queryByRole('button', { name: /Revert/ })).not.toBeInTheDocument();
  });

  it('explains a conflict when a later change is in the way', async () => {
    const user = userEvent.setup();
    renderLog(() => [edit], {
      status: 409,
      body: {
        error: {
          status: 409,
          code: 'conflict',
          message: 'The target has changed since this entry; revert the later entries first.',
        },
      },
    });
    const item = await screen.findByRole('listitem', { name: 'Edited a resource #5 (resource)' });
    await user.click(within(item).getByRole('button', { name: revertButton(12) }));
    await user.click(within(item).getByRole('button', { name: 'Yes, revert' }));

    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'The target has changed since this entry; revert the later entries first.',
    );
    expect(within(item).getByRole('group', { name: 'Revert change #12?' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
