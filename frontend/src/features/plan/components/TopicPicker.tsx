import { useId, useMemo, useState } from 'react';
import { AreaTag } from '@/components/AreaTag';
import { ErrorState, LoadingState } from '@/components/States';
import { areaRank, titleFromSlug } from '@/lib/areas/colours';
import { useAreas } from '@/lib/areas/get-areas';
import { useTopicChoices, type TopicChoice } from '../api/plan';
import styles from './TopicPicker.module.css';

/** As many as the profile API takes. */
export const MAX_CUSTOM_TOPICS = 200;

type Props = {
  selected: readonly string[];
  onChange: (next: string[]) => void;
  errors?: readonly string[];
};

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * A searchable checklist of every topic, grouped by area, for aiming at topics of one's own.
 * The search matches a topic's title or its area's name; choices hidden by it stay chosen.
 */
export function TopicPicker({ selected, onChange, errors = [] }: Props) {
  const id = useId();
  const topics = useTopicChoices(true);
  const areas = useAreas();
  const [query, setQuery] = useState('');
  const chosen = useMemo(() => new Set(selected), [selected]);
  const full = selected.length >= MAX_CUSTOM_TOPICS;

  const areaTitle = (slug: string) => areas.data?.find((area) => area.slug === slug)?.title ?? titleFromSlug(slug);
  const bySlug = useMemo(() => new Map((topics.data ?? []).map((topic) => [topic.slug, topic])), [topics.data]);

  const needle = normalise(query.trim());
  const matches = (topics.data ?? []).filter(
    (topic) => !needle || normalise(`${topic.title} ${areaTitle(topic.area)}`).includes(needle),
  );
  const groups = [...new Set(matches.map((topic) => topic.area))]
    .sort((a, b) => areaRank(a) - areaRank(b))
    .map((area) => ({
      area,
      shown: matches.filter((topic) => topic.area === area).sort((a, b) => a.title.localeCompare(b.title)),
      selectedInArea: selected.filter((slug) => bySlug.get(slug)?.area === area).length,
      totalInArea: (topics.data ?? []).filter((topic) => topic.area === area).length,
    }));

  const toggle = (slug: string) =>
    onChange(chosen.has(slug) ? selected.filter((other) => other !== slug) : [...selected, slug]);
  const setMany = (slugs: string[], on: boolean) => {
    if (!on) return onChange(selected.filter((slug) => !slugs.includes(slug)));
    const added = slugs.filter((slug) => !chosen.has(slug));
    onChange([...selected, ...added].slice(0, MAX_CUSTOM_TOPICS));
  };

  const countId = `${id}-count`;
  const errorId = `${id}-error`;

  return (
    <fieldset className={styles.picker} aria-describedby={errors.length > 0 ? `${countId} ${errorId}` : countId}>
      <legend className={styles.legend}>Your goal: topics you choose</legend>
      <p className={styles.hint}>
        Tick the topics you want to be able to do. Lemma adds the prerequisites they need to your plan.
      </p>

      <div className={styles.summary}>
        <p id={countId} className={styles.count} aria-live="polite">
          <strong>{selected.length}</strong> {selected.length === 1 ? 'topic' : 'topics'} selected
          {full && ` (the most a plan can aim for)`}
        </p>
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear all
          </button>
        )}
      </div>
      {selected.length > 0 && (
        <ul className={styles.chips} aria-label="Selected topics">
          {selected.map((slug) => {
            const title = bySlug.get(slug)?.title ?? titleFromSlug(slug);
            return (
              <li key={slug} className={styles.chip}>
                {title}
                <button
                  type="button"
                  className={styles.remove}
                  aria-label={`Remove ${title}`}
                  onClick={() => toggle(slug)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div className={styles.search}>
        <label htmlFor={`${id}-search`}>Find topics</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="e.g. eigen, gradient, calculus"
          autoComplete="off"
          aria-controls={`${id}-list`}
          onKeyDown={(event) => {
            // Enter in a search box would submit the whole plan.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>

      {topics.isPending && <LoadingState label="Loading topics…" />}
      {topics.isError && <ErrorState error={topics.error} onRetry={() => void topics.refetch()} />}
      {topics.data && (
        <>
          <p className={styles.matches} aria-live="polite">
            {needle
              ? `${matches.length} of ${topics.data.length} topics match “${query.trim()}”`
              : `${topics.data.length} topics`}
          </p>
          <div id={`${id}-list`} className={styles.list}>
            {groups.length === 0 && (
              <p className={styles.empty}>
                {topics.data.length === 0 ? 'There are no topics yet.' : `No topic matches “${query.trim()}”.`}
              </p>
            )}
            {groups.map(({ area, shown, selectedInArea, totalInArea }) => {
              const slugs = shown.map((topic) => topic.slug);
              const allOn = slugs.every((slug) => chosen.has(slug));
              const title = areaTitle(area);
              const which = slugs.length === totalInArea ? `all ${slugs.length}` : `the ${slugs.length} shown`;
              return (
                <fieldset key={area} className={styles.group}>
                  <legend className={styles.groupLegend}>
                    <AreaTag area={area} />
                    <span className={styles.groupCount}>
                      {selectedInArea} of {totalInArea} selected
                    </span>
                  </legend>
                  <button
                    type="button"
                    className={`link-button ${styles.groupAction}`}
                    aria-label={`${allOn ? 'Clear' : 'Select'} ${which} in ${title}`}
                    onClick={() => setMany(slugs, !allOn)}
                    disabled={!allOn && full}
                  >
                    {allOn ? 'Clear' : 'Select'} {which}
                  </button>
                  <ul className={styles.options}>
                    {shown.map((topic) => (
                      <TopicOption
                        key={topic.slug}
                        topic={topic}
                        checked={chosen.has(topic.slug)}
                        disabled={full && !chosen.has(topic.slug)}
                        onToggle={toggle}
                      />
                    ))}
                  </ul>
                </fieldset>
              );
            })}
          </div>
        </>
      )}
      {errors.length > 0 && (
        <p id={errorId} className={styles.error} role="alert">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

type OptionProps = { topic: TopicChoice; checked: boolean; disabled: boolean; onToggle: (slug: string) => void };

function TopicOption({ topic, checked, disabled, onToggle }: OptionProps) {
  return (
    <li>
      <label className={styles.option}>
        <input type="checkbox" checked={checked} disabled={disabled} onChange={() => onToggle(topic.slug)} />
        <span>{topic.title}</span>
      </label>
    </li>
  );
}
