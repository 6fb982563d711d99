import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { FormField } from '@/components/FormField';
import { formErrors } from '@/lib/form-errors';
import { useCreateGroup, type GroupDetail } from '../api/groups';
import { FieldErrors } from './FieldErrors';
import styles from './Groups.module.css';

const FIELDS = ['name', 'description', 'goal', 'visibility', 'member_limit'] as const;
const NAME_MAX = 80;
const DESCRIPTION_MAX = 1000;
const LIMIT_MAX = 500;

export type RoleChoice = { slug: string; title: string };

export function CreateGroupForm({
  roles,
  onCreated,
}: {
  roles: RoleChoice[] | undefined;
  onCreated: (group: GroupDetail) => void;
}) {
  const id = useId();
  const create = useCreateGroup();
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = formErrors(create.error, FIELDS);
  const fieldErrors = { ...errors.fields, ...local };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    const limitText = String(data.get('member_limit') ?? '').trim();
    const limit = limitText === '' ? null : Number(limitText);
    const problems: Record<string, string[]> = {};
    if (name.length < 2) problems.name = ['Give the group a name of at least 2 characters.'];
    if (limit !== null && (!Number.isInteger(limit) || limit < 2 || limit > LIMIT_MAX)) {
      problems.member_limit = [`A limit is a whole number from 2 to ${LIMIT_MAX}, or leave it empty.`];
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      {
        name,
        description: String(data.get('description') ?? ''),
        goal: String(data.get('goal') ?? '') || null,
        visibility: data.get('visibility') === 'public' ? 'public' : 'private',
        member_limit: limit,
      },
      { onSuccess: (group) => onCreated(group) },
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Start a group</h2>
      <FormAlert message={create.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <FormField label="Group name" name="name" maxLength={NAME_MAX} required errors={fieldErrors.name} />
      <div className={styles.field}>
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          name="description"
          maxLength={DESCRIPTION_MAX}
          rows={3}
          aria-describedby={`${id}-description-hint`}
        />
        <p id={`${id}-description-hint`} className={styles.hint}>
          When you meet, how you work together; at most {DESCRIPTION_MAX} characters.
        </p>
        <FieldErrors messages={fieldErrors.description} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-goal`}>Goal role</label>
        <select id={`${id}-goal`} name="goal" defaultValue="" aria-describedby={`${id}-goal-hint`}>
          <option value="">No goal role yet</option>
          {roles?.map((role) => (
            <option key={role.slug} value={role.slug}>
              {role.title}
            </option>
          ))}
        </select>
        <p id={`${id}-goal-hint`} className={styles.hint}>
          The group’s progress map follows this role’s roadmap.
        </p>
        <FieldErrors messages={fieldErrors.goal} />
      </div>
      <fieldset className={styles.radios}>
        <legend>Who can find it</legend>
        <label>
          <input type="radio" name="visibility" value="private" defaultChecked /> Private: by invite only
        </label>
        <label>
          <input type="radio" name="visibility" value="public" /> Public: listed, still joined by invite
        </label>
      </fieldset>
      <FormField
        label="Member limit (optional)"
        name="member_limit"
        type="number"
        inputMode="numeric"
        min={2}
        max={LIMIT_MAX}
        hint="Small groups of 3 to 8 tend to stay active."
        errors={fieldErrors.member_limit}
      />
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create group'}
        </button>
      </div>
    </form>
  );
}
