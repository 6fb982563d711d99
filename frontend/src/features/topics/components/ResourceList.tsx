import { useState } from 'react';
import { EmptyState } from '@/components/States';
import { ToggleGroup } from '@/components/ToggleGroup';
import type { TopicResource } from '../api/get-topic';
import {
  COSTS,
  describeSelection,
  emptyMessage,
  filterResources,
  KINDS,
  type ResourceFilter,
} from '../lib/filter-resources';
import styles from './ResourceList.module.css';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const kindOptions = [{ value: 'all' as const, label: 'All kinds' }, ...KINDS.map((kind) => ({ value: kind, label: capitalise(kind) }))];
const costOptions = [{ value: 'all' as const, label: 'Any cost' }, ...COSTS.map((cost) => ({ value: cost, label: capitalise(cost) }))];

const allResources: ResourceFilter = { kind: 'all', cost: 'all' };

export function ResourceList({ resources }: { resources: readonly TopicResource[] }) {
  const [filter, setFilter] = useState<ResourceFilter>(allResources);
  const shown = filterResources(resources, filter);
  const filtered = filter.kind !== 'all' || filter.cost !== 'all';

  if (resources.length === 0) return <EmptyState>No resources for this topic yet.</EmptyState>;

  return (
    <div>
      <div className={styles.filters}>
        <ToggleGroup
          legend="Kind"
          options={kindOptions}
          value={filter.kind}
          onChange={(kind) => setFilter((current) => ({ ...current, kind }))}
        />
        <ToggleGroup
          legend="Cost"
          options={costOptions}
          value={filter.cost}
          onChange={(cost) => setFilter((current) => ({ ...current, cost }))}
        />
      </div>
      <p className={styles.count} role="status" aria-live="polite">
        {filtered
          ? `Showing ${shown.length} of ${resources.length} resources (${describeSelection(filter)})`
          : `${resources.length} ${resources.length === 1 ? 'resource' : 'resources'}`}
      </p>
      {shown.length === 0 ? (
        <EmptyState>
          <p className={styles.emptyText}>{emptyMessage(filter)}.</p>
          <button type="button" className="button secondary" onClick={() => setFilter(allResources)}>
            Show all resources
          </button>
        </EmptyState>
      ) : (
        <ul className={styles.list} aria-label="Resources">
          {shown.map((resource) => (
            <ResourceItem key={resource.slug} resource={resource} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ResourceItem({ resource }: { resource: TopicResource }) {
  const byline = [resource.authors, resource.provider].filter(Boolean).join(' · ');
  return (
    <li className={styles.item}>
      <div className={styles.itemHead}>
        <a href={resource.url} target="_blank" rel="noopener noreferrer" className={styles.title}>
          {resource.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <span className={styles.chips}>
          <span className={styles.chip}>{capitalise(resource.kind)}</span>
          <span className={`${styles.chip} ${styles[resource.cost]}`}>{capitalise(resource.cost)}</span>
        </span>
      </div>
      {byline && <p className={styles.byline}>{byline}</p>}
      {resource.section && (
        <p className={styles.section}>
          <span className={styles.sectionLabel}>Where:</span> {resource.section}
        </p>
      )}
      {resource.description && <p className={styles.description}>{resource.description}</p>}
    </li>
  );
}
