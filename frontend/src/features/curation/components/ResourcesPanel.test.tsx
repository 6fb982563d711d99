import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderAt } from '@/test/render';
import { ResourcesPanel } from './ResourcesPanel';

const resource = {
  slug: 'dot-products-drawn',
  title: 'Dot products, drawn',
  authors: 'Ada Lovelace',
  provider: 'Example Press',
  kind: 'article',
  cost: 'free',
  url: 'https://example.org/dot',
  description: 'Projections, with pictures.',
  language: 'en',
  minutes_to_complete: 20,
  origin: 'curator',
  link_status: 'unchecked',
  link_checked_at: null,
  link_final_url: '',
  link_problem: '',
  retired_at: null,
  topics: [{ topic: 'dot-product', title: 'Dot product', section: 'Part 2' }],
};

function renderPanel(list: (url: URL) => unknown[], routes: Record<string, unknown> = {}) {
  const queries: string[] = [];
  const mock = mockFetch({
    'GET /api/curation/resources/': ({ url }: { url: URL }) => {
      queries.push(url.search);
      return list(url);
    },
    ...routes,
  });
  renderAt(<ResourcesPanel />);
  return { ...mock, queries };
}

// jsdom drops the space before the visually hidden title that browsers keep ("Edit Dot…").
const actionOn = (action: string) => new RegExp(`^${action} ?Dot products, drawn$`);

const bodyOf = (calls: { path: string; body: string }[], path: string) =>
  JSON.parse(calls.find((call) => call.path === path)?.body ?? 'null');

describe('ResourcesPanel', () => {
  it('says when no resource matches the filters', async () => {
    renderPanel(() => []);
    expect(await screen.findByText('No resources match these filters.')).toBeInTheDocument();
  });

  it('shows a resource with its topics and sections', async () => {
    renderPanel(() => [resource]);
    const card = await screen.findByRole('listitem', { name: 'Dot products, drawn' });
    expect(within(card).getByText('Link not checked')).toBeInTheDocument();
    const topics = within(card).getByRole('list', { name: 'Topics of Dot products, drawn' });
    expect(topics).toHaveTextContent('Dot product (dot-product) — Part 2');
    expect(screen.getByText('1 resource')).toBeInTheDocument();
  });

  it('asks the server for the chosen state, link status and topic', async () => {
    const user = userEvent.setup();
    const { queries } = renderPanel(() => [resource]);
    await screen.findByRole('listitem', { name: 'Dot products, drawn' });
    expect(queries.at(-1)).toBe('?state=active');

    const filters = screen.getByRole('search', { name: 'Filter resources' });
    await user.selectOptions(within(filters).getByLabelText('State'), 'retired');
    await user.selectOptions(within(filters).getByLabelText('Link'), 'broken');
    await user.type(within(filters).getByLabelText('Topic slug'), ' dot-product ');
    await user.click(within(filters).getByRole('button', { name: 'Apply' }));

    await vi.waitFor(() => {
      const params = new URLSearchParams(queries.at(-1));
      expect(Object.fromEntries(params)).toEqual({ state: 'retired', link_status: 'broken', topic: 'dot-product' });
    });

    await user.selectOptions(within(filters).getByLabelText('Link'), '');
    await vi.waitFor(() => expect(new URLSearchParams(queries.at(-1)).has('link_status')).toBe(false));
  });

  it('creates a resource from "slug | section" topic lines', async () => {
    const user = userEvent.setup();
    let list: unknown[] = [];
    const { calls } = renderPanel(() => list, {
      'POST /api/curation/resources/create/': () => {
        list = [resource];
        return { status: 201, body: resource };
      },
    });
    expect(await screen.findByText('No resources match these filters.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New resource' }));
    const form = screen.getByRole('form', { name: 'New resource' });
    await user.type(within(form).getByLabelText('Slug'), 'dot-products-drawn');
    await user.type(within(form).getByLabelText('Title'), 'Dot products, drawn');
    await user.type(within(form).getByLabelText('Link'), 'https://example.org/dot');
    await user.type(within(form).getByLabelText('Provider'), 'Example Press');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'video');
    await user.type(within(form).getByLabelText('Minutes to complete'), '20');
    await user.type(within(form).getByLabelText('Description'), 'Projections, with pictures.');
    await user.type(within(form).getByLabelText('Topics and sections'), 'dot-product | Part 2{Enter}{Enter}  vectors  ');
    await user.click(within(form).getByRole('button', { name: 'Create resource' }));

    expect(await screen.findByRole('listitem', { name: 'Dot products, drawn' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Created “Dot products, drawn”.');
    expect(screen.queryByRole('form', { name: 'New resource' })).not.toBeInTheDocument();
    expect(bodyOf(calls, '/api/curation/resources/create/')).toEqual({
      slug: 'dot-products-drawn',
      title: 'Dot products, drawn',
      authors: '',
      provider: 'Example Press',
      kind: 'video',
      cost: 'free',
      url: 'https://example.org/dot',
      description: 'Projections, with pictures.',
      language: 'en',
      minutes_to_complete: 20,
      topics: [
        { topic: 'dot-product', section: 'Part 2' },
        { topic: 'vectors', section: '' },
      ],
    });
  });

  it('shows the server’s field errors on the right fields, topic lines by number', async () => {
    const user = userEvent.setup();
    renderPanel(() => [], {
      'POST /api/curation/resources/create/': {
        status: 400,
        body: {
          error: {
            status: 400,
            code: 'invalid',
            message: 'Some of the details are not right.',
            fields: {
              slug: ['A resource with this slug already exists.'],
              topics: { 1: { topic: ['No topic with this slug.'] } }, // DRF keys list errors by index
            },
          },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'New resource' }));
    const form = screen.getByRole('form', { name: 'New resource' });
    await user.type(within(form).getByLabelText('Slug'), 'taken');
    await user.type(within(form).getByLabelText('Topics and sections'), 'vectors{Enter}no-such-topic');
    await user.click(within(form).getByRole('button', { name: 'Create resource' }));

    const slug = within(form).getByLabelText('Slug');
    await vi.waitFor(() => expect(slug).toHaveAttribute('aria-invalid', 'true'));
    expect(slug).toHaveAccessibleDescription(/A resource with this slug already exists\./);
    const topics = within(form).getByLabelText('Topics and sections');
    expect(topics).toHaveAttribute('aria-invalid', 'true');
    expect(topics).toHaveAccessibleDescription(/Line 2, topic: No topic with this slug\./);
    expect(within(form).getByLabelText('Title')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByRole('alert')).toHaveTextContent('Some of the details are not right.');
  });

  it('edits a resource and sends no slug', async () => {
    const user = userEvent.setup();
    let list = [resource];
    const { calls } = renderPanel(() => list, {
      'PATCH /api/curation/resources/dot-products-drawn/update/': ({ body }: { body: string }) => {
        list = [{ ...resource, ...(JSON.parse(body) as object), topics: resource.topics }];
        return list[0];
      },
    });
    const card = await screen.findByRole('listitem', { name: 'Dot products, drawn' });

    await user.click(within(card).getByRole('button', { name: actionOn('Edit') }));
    const form = screen.getByRole('form', { name: 'Edit Dot products, drawn' });
    expect(within(form).queryByLabelText('Slug')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Topics and sections')).toHaveValue('dot-product | Part 2');
    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Dot products, redrawn');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('listitem', { name: 'Dot products, redrawn' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved “Dot products, redrawn”.');
    const sent = bodyOf(calls, '/api/curation/resources/dot-products-drawn/update/');
    expect(sent).not.toHaveProperty('slug');
    expect(sent).toMatchObject({
      title: 'Dot products, redrawn',
      authors: 'Ada Lovelace',
      minutes_to_complete: 20,
      topics: [{ topic: 'dot-product', section: 'Part 2' }],
    });
  });

  it('retires a resource only after confirmation', async () => {
    const user = userEvent.setup();
    let list = [resource];
    const { calls } = renderPanel(() => list, {
      'POST /api/curation/resources/dot-products-drawn/retire/': () => {
        list = [];
        return { ...resource, retired_at: '2025-03-02T10:00:00Z' };
      },
    });
    const card = await screen.findByRole('listitem', { name: 'Dot products, drawn' });

    await user.click(within(card).getByRole('button', { name: actionOn('Retire') }));
    const confirm = within(card).getByRole('group', { name: 'Retire Dot products, drawn?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((call) => call.path.endsWith('/retire/'))).toBe(false);

    await user.click(within(card).getByRole('button', { name: actionOn('Retire') }));
    await user.click(screen.getByRole('button', { name: 'Yes, retire it' }));

    expect(await screen.findByText('No resources match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Retired “Dot products, drawn”.');
    expect(calls.filter((call) => call.path.endsWith('/retire/'))).toHaveLength(1);
  });

  it('shows why a retirement failed', async () => {
    const user = userEvent.setup();
    renderPanel(() => [resource], {
      'POST /api/curation/resources/dot-products-drawn/retire/': {
        status: 409,
        body: { error: { status: 409, code: 'conflict', message: 'This resource is already retired.' } },
      },
    });
    const card = await screen.findByRole('listitem', { name: 'Dot products, drawn' });
    await user.click(within(card).getByRole('button', { name: actionOn('Retire') }));
    await user.click(within(card).getByRole('button', { name: 'Yes, retire it' }));

    expect(await within(card).findByRole('alert')).toHaveTextContent('This resource is already retired.');
  });
});
