import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { AreaTag } from '@/components/AreaTag';
import type { TopicSummary } from '../api/get-topics';
import { matchTopics } from '../lib/match-topics';
import styles from './TopicPicker.module.css';

type Props = {
  topics: readonly TopicSummary[];
  selected?: TopicSummary;
  onPick: (topic: TopicSummary) => void;
};

/** An editable combobox with a list of matching topics (WAI-ARIA combobox pattern, list autocomplete). */
export function TopicPicker({ topics, selected, onPick }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(selected?.title ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchTopics(topics, query), [topics, query]);
  const activeTopic = open ? matches[active] : undefined;
  const activeId = activeTopic ? `${listId}-${activeTopic.slug}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const pick = (topic: TopicSummary) => {
    setQuery(topic.title);
    setOpen(false);
    onPick(topic);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((index) => Math.min(index + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter': {
        const topic = open ? matches[active] : undefined;
        if (topic) {
          event.preventDefault();
          pick(topic);
        }
        break;
      }
      case 'Escape':
        if (open) setOpen(false);
        else setQuery('');
        break;
    }
  };

  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        What do you want to learn?
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        Type part of a topic's name, then choose it with the arrow keys and Enter, or click it.
      </p>
      <input
        id={id}
        type="text"
        role="combobox"
        className={styles.input}
        placeholder="e.g. principal component analysis"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={activeId}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className={styles.popup} hidden={!open}>
        <ul id={listId} role="listbox" aria-label="Matching topics" className={styles.list}>
          {matches.map((topic, index) => (
            <li
              key={topic.slug}
              id={`${listId}-${topic.slug}`}
              role="option"
              aria-selected={index === active}
              className={styles.option}
              // Keep focus in the input so the click lands before blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(topic)}
              onMouseMove={() => setActive(index)}
            >
              <span className={styles.optionTitle}>{topic.title}</span>
              <AreaTag area={topic.area} />
            </li>
          ))}
        </ul>
        {matches.length === 0 && <p className={styles.none}>No topic matches “{query.trim()}”.</p>}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open && query.trim() ? `${matches.length} ${matches.length === 1 ? 'topic matches' : 'topics match'}` : ''}
      </p>
    </div>
  );
}
