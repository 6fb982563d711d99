import type { TopicChoice } from '../api/topics';

export function TopicSelect({
  id,
  topics,
  value,
  onChange,
  emptyLabel,
  name,
  invalid,
  describedBy,
}: {
  id: string;
  topics: TopicChoice[];
  value: string;
  onChange: (slug: string) => void;
  emptyLabel: string;
  name?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <select
      id={id}
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{emptyLabel}</option>
      {topics.map((topic) => (
        <option key={topic.slug} value={topic.slug}>
          {topic.title}
        </option>
      ))}
    </select>
  );
}
