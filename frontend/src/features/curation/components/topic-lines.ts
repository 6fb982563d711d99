export type Coverage = { topic: string; section: string };

/** One topic per line, "topic-slug" or "topic-slug | section"; blank lines are skipped. */
export function parseTopicLines(text: string): Coverage[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [topic = '', ...section] = line.split('|');
      return { topic: topic.trim(), section: section.join('|').trim() };
    });
}

export function formatTopicLines(topics: readonly Coverage[]): string {
  return topics.map(({ topic, section }) => (section ? `${topic} | ${section}` : topic)).join('\n');
}

/** Field errors can nest (one list entry per topic line): flatten them into readable sentences. */
export function flattenMessages(value: unknown, label = ''): string[] {
  if (typeof value === 'string') return [label ? `${label}: ${value}` : value];
  if (Array.isArray(value)) return value.flatMap((item) => flattenMessages(item, label));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const name = /^\d+$/.test(key) ? `Line ${Number(key) + 1}` : key;
      return flattenMessages(item, label ? `${label}, ${name}` : name);
    });
  }
  return [];
}
