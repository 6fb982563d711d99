import { useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/States';
import { ToggleGroup } from '@/components/ToggleGroup';
import type { TopicResource } from '../api/get-topic';
import { useMyRatings, useRateResource, type Vote } from '../api/ratings';
import {
  COSTS,
  describeSelection,
  emptyMessage,
  filterResources,
  KINDS,
  type ResourceFilter,
} from '../lib/filter-resources';
import { RatingButtons } from './RatingButtons';
import styles from './ResourceList.module.css';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const kindOptions = [{ value: 'all' as const, label: 'All kinds' }, ...KINDS.map((kind) => ({ value: kind, label: capitalise(kind) }))];
const costOptions = [{ value: 'all' as const, label: 'Any cost' }, ...COSTS.map((cost) => ({ value: cost, label: capitalise(cost) }))];

const allResources: ResourceFilter = { kind: 'all', cost: 'all' };

type ResourceListProps = {
  resources: readonly TopicResource[];
  /** The topic's slug; with `signedIn`, each resource can be rated for this topic. */
  topic?: string;
  signedIn?: boolean;
};

export function ResourceList({ resources, topic = '', signedIn = false }: ResourceListProps) {
  const [filter, setFilter] = useState<ResourceFilter>(allResources);
  const canVote = signedIn && topic !== '';
  const ratings = useMyRatings(topic, canVote);
  const rate = useRateResource(topic);
  const votes = new Map((ratings.data ?? []).map((rating) => [rating.resource, rating.helpful]));
  const vote = (resource: string) => (vote: Vote) => rate.mutate({ resource, vote });
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
            <ResourceItem key={resource.slug} resource={resource}>
              {canVote && (
                <RatingButtons
                  resourceTitle={resource.title}
                  vote={votes.get(resource.slug) ?? null}
                  disabled={ratings.isPending}
                  onVote={vote(resource.slug)}
                />
              )}
            </ResourceItem>
          ))}
        </ul>
      )}
    </div>
  );
}

function helpfulText({ helpful_count: helpful, not_helpful_count: notHelpful }: TopicResource): string {
  if (helpful === 0 && notHelpful === 0) return 'No votes yet';
  return `${helpful} of ${helpful + notHelpful} ${helpful + notHelpful === 1 ? 'learner' : 'learners'} found this helpful`;
}

function ResourceItem({ resource, children }: { resource: TopicResource; children?: ReactNode }) {
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
      <div className={styles.feedback}>
        <p className={styles.helpful}>{helpfulText(resource)}</p>
        {children}
      </div>
    </li>
  );
}
