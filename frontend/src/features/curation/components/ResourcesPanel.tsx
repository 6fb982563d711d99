import { useState } from 'react';
import { FormField } from '@/components/FormField';
import { SelectField } from '@/components/SelectField';
import { EmptyState, QueryView } from '@/components/States';
import { formErrors } from '@/lib/form-errors';
import { useCuratedResources, useRetireResource, type CuratedResource, type ResourceFilters } from '../api/resources';
import { dateTime } from './choices';
import { ResourceForm } from './ResourceForm';
import styles from './Curation.module.css';

const STATE_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'retired', label: 'Retired' },
  { value: 'all', label: 'All' },
];
const LINK_OPTIONS = [
  { value: '', label: 'Any link state' },
  { value: 'ok', label: 'Works' },
  { value: 'broken', label: 'Broken' },
  { value: 'unchecked', label: 'Not checked yet' },
];
const linkLabels = { ok: 'Link works', broken: 'Link broken', unchecked: 'Link not checked' } as const;
const linkTones = { ok: 'good', broken: 'bad', unchecked: undefined } as const;

export function ResourcesPanel() {
  const [filters, setFilters] = useState<ResourceFilters>({ state: 'active' });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const resources = useCuratedResources(filters);

  const setFilter = (name: keyof ResourceFilters, value: string) =>
    setFilters((current) => {
      const next = { ...current, [name]: value || undefined };
      if (!next[name]) delete next[name];
      return next;
    });

  return (
    <div>
      <p role="status" className={styles.notice}>
        {notice}
      </p>
      <form
        className={styles.filters}
        role="search"
        aria-label="Filter resources"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('topic', String(new FormData(event.currentTarget).get('topic') ?? '').trim());
        }}
      >
        <SelectField
          label="State"
          name="state"
          options={STATE_OPTIONS}
          value={filters.state ?? 'active'}
          onChange={(event) => setFilter('state', event.target.value)}
        />
        <SelectField
          label="Link"
          name="link_status"
          options={LINK_OPTIONS}
          value={filters.link_status ?? ''}
          onChange={(event) => setFilter('link_status', event.target.value)}
        />
        <FormField
          label="Topic slug"
          name="topic"
          maxLength={80}
          defaultValue={filters.topic ?? ''}
        />
        <button type="submit" className="button secondary small">
          Apply
        </button>
      </form>
      {creating ? (
        <ResourceForm
          onCancel={() => setCreating(false)}
          onDone={(message) => {
            setCreating(false);
            setNotice(message);
          }}
        />
      ) : (
        <button type="button" className="button small" onClick={() => setCreating(true)}>
          New resource
        </button>
      )}
      <QueryView query={resources} loading="Loading resources…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState>No resources match these filters.</EmptyState>
          ) : (
            <>
              <p className={styles.muted}>{list.length === 1 ? '1 resource' : `${list.length} resources`}</p>
              <ul className={styles.cards} aria-label="Resources">
                {list.map((resource) => (
                  <ResourceCard key={resource.slug} resource={resource} onNotice={setNotice} />
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </div>
  );
}

function ResourceCard({ resource, onNotice }: { resource: CuratedResource; onNotice: (message: string) => void }) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'retire'>('idle');
  const retire = useRetireResource();
  const retireError = formErrors(retire.error, []).form;
  const headingId = `resource-${resource.slug}`;
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardTitle}>
        {resource.title}
      </h3>
      <p className={styles.meta}>
        {resource.slug} · {resource.kind} · {resource.cost} · {resource.provider}{' '}
        <span className={styles.chip} data-tone={linkTones[resource.link_status]}>
          {linkLabels[resource.link_status]}
        </span>{' '}
        {resource.retired_at && (
          <span className={styles.chip} data-tone="bad">
            Retired {dateTime(resource.retired_at)}
          </span>
        )}
      </p>
      <p className={styles.url}>
        <a href={resource.url} target="_blank" rel="noopener noreferrer">
          {resource.url}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      {resource.link_problem && <p className={styles.meta}>Link problem: {resource.link_problem}</p>}
      <ul className={styles.topics} aria-label={`Topics of ${resource.title}`}>
        {resource.topics.map((topic) => (
          <li key={topic.topic}>
            {topic.title} <span className={styles.muted}>({topic.topic})</span>
            {topic.section && ` — ${topic.section}`}
          </li>
        ))}
      </ul>
      {mode === 'idle' && (
        <div className={styles.actions}>
          <button type="button" className="button secondary small" onClick={() => setMode('edit')}>
            Edit<span className="visually-hidden"> {resource.title}</span>
          </button>
          {!resource.retired_at && (
            <button type="button" className="button secondary small" onClick={() => setMode('retire')}>
              Retire<span className="visually-hidden"> {resource.title}</span>
            </button>
          )}
        </div>
      )}
      {mode === 'edit' && (
        <ResourceForm
          resource={resource}
          onCancel={() => setMode('idle')}
          onDone={(message) => {
            setMode('idle');
            onNotice(message);
          }}
        />
      )}
      {mode === 'retire' && (
        <div role="group" aria-label={`Retire ${resource.title}?`} className={styles.inlineForm}>
          <p>
            Retire “{resource.title}”? It disappears from every topic page; the audit log can revert this.
          </p>
          {retireError && <p role="alert">{retireError}</p>}
          <div className={styles.actions}>
            <button
              type="button"
              className="button small"
              disabled={retire.isPending}
              onClick={() =>
                retire.mutate(resource.slug, {
                  onSuccess: () => {
                    setMode('idle');
                    onNotice(`Retired “${resource.title}”.`);
                  },
                })
              }
            >
              Yes, retire it
            </button>
            <button type="button" className="button secondary small" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
