import type { FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { FormField } from '@/components/FormField';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { isApiError } from '@/lib/api/errors';
import { useCreateResource, useUpdateResource, type CuratedResource, type ResourceCreateInput } from '../api/resources';
import { COST_OPTIONS, KIND_OPTIONS, type Cost, type Kind } from './choices';
import { flattenMessages, formatTopicLines, parseTopicLines } from './topic-lines';
import styles from './Curation.module.css';

const FIELDS = [
  'slug',
  'title',
  'authors',
  'provider',
  'kind',
  'cost',
  'url',
  'description',
  'language',
  'minutes_to_complete',
  'topics',
] as const;

type ResourceFormProps = {
  /** Without a resource the form creates one. */
  resource?: CuratedResource;
  onDone: (message: string) => void;
  onCancel: () => void;
};

function fieldErrors(error: unknown): { fields: Record<string, string[]>; form: string | null } {
  if (!error) return { fields: {}, form: null };
  if (!isApiError(error)) return { fields: {}, form: String(error) };
  const fields: Record<string, string[]> = {};
  const other: string[] = [];
  for (const [name, value] of Object.entries(error.fields as Record<string, unknown>)) {
    if ((FIELDS as readonly string[]).includes(name)) fields[name] = flattenMessages(value);
    else other.push(...flattenMessages(value, name));
  }
  return { fields, form: [error.message, ...other].join(' ') };
}

export function ResourceForm({ resource, onDone, onCancel }: ResourceFormProps) {
  const create = useCreateResource();
  const update = useUpdateResource();
  const mutation = resource ? update : create;
  const errors = fieldErrors(mutation.error);
  const formId = resource ? `edit-${resource.slug}` : 'new-resource';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const minutes = text('minutes_to_complete');
    const input: ResourceCreateInput = {
      slug: text('slug'),
      title: text('title'),
      authors: text('authors'),
      provider: text('provider'),
      kind: text('kind') as Kind,
      cost: text('cost') as Cost,
      url: text('url'),
      description: text('description'),
      language: text('language') || 'en',
      minutes_to_complete: minutes ? Number(minutes) : null,
      topics: parseTopicLines(text('topics')),
    };
    if (resource) {
      const changes: Partial<ResourceCreateInput> = { ...input };
      delete changes.slug;
      update.mutate({ slug: resource.slug, changes }, { onSuccess: () => onDone(`Saved “${input.title}”.`) });
    } else {
      create.mutate(input, { onSuccess: () => onDone(`Created “${input.title}”.`) });
    }
  };

  return (
    <form
      className={styles.inlineForm}
      onSubmit={onSubmit}
      noValidate
      aria-label={resource ? `Edit ${resource.title}` : 'New resource'}
      id={formId}
    >
      <FormAlert message={errors.form} />
      {!resource && (
        <FormField
          label="Slug"
          name="slug"
          hint="Lowercase words joined by hyphens; it never changes once published."
          maxLength={80}
          required
          errors={errors.fields.slug}
        />
      )}
      <FormField label="Title" name="title" defaultValue={resource?.title} maxLength={200} required errors={errors.fields.title} />
      <FormField label="Link" name="url" type="url" defaultValue={resource?.url} maxLength={500} required errors={errors.fields.url} />
      <div className={styles.row}>
        <FormField label="Provider" name="provider" defaultValue={resource?.provider} maxLength={200} required errors={errors.fields.provider} />
        <FormField label="Authors" name="authors" defaultValue={resource?.authors} maxLength={300} errors={errors.fields.authors} />
      </div>
      <div className={styles.row}>
        <SelectField label="Kind" name="kind" options={KIND_OPTIONS} defaultValue={resource?.kind ?? 'article'} errors={errors.fields.kind} />
        <SelectField label="Cost" name="cost" options={COST_OPTIONS} defaultValue={resource?.cost ?? 'free'} errors={errors.fields.cost} />
        <FormField label="Language" name="language" defaultValue={resource?.language ?? 'en'} maxLength={12} errors={errors.fields.language} />
        <FormField
          label="Minutes to complete"
          name="minutes_to_complete"
          type="number"
          min={1}
          max={100000}
          defaultValue={resource?.minutes_to_complete ?? ''}
          errors={errors.fields.minutes_to_complete}
        />
      </div>
      <TextAreaField
        label="Description"
        name="description"
        defaultValue={resource?.description}
        maxLength={1000}
        required
        errors={errors.fields.description}
      />
      <TextAreaField
        label="Topics and sections"
        name="topics"
        hint="One topic per line: topic-slug, or topic-slug | section (e.g. “eigenvalues | Chapter 3”)."
        defaultValue={resource ? formatTopicLines(resource.topics) : ''}
        required
        errors={errors.fields.topics}
      />
      <div className={styles.actions}>
        <button type="submit" className="button small" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : resource ? 'Save changes' : 'Create resource'}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
