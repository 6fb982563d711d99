import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert } from '@/components/FormAlert';
import { FormField } from '@/components/FormField';
import { describeError } from '@/lib/api/errors';
import { formErrors } from '@/lib/form-errors';
import { useDeleteGroup, useUpdateGroup, type GroupDetail } from '../api/groups';
import { FieldErrors } from './FieldErrors';
import styles from './Groups.module.css';

const FIELDS = ['name', 'description', 'visibility', 'member_limit'] as const;
const NAME_MAX = 80;
const DESCRIPTION_MAX = 1000;
const LIMIT_MAX = 500;

type Visibility = 'private' | 'public';

/** Owner and admins edit the group; only the owner may delete it. */
export function GroupSettings({ group }: { group: GroupDetail }) {
  return (
    <>
      <EditGroupForm group={group} />
      {group.my_role === 'owner' ? (
        <DeleteGroup group={group} />
      ) : (
        <p className={styles.hint} style={{ marginTop: 'var(--space-5)' }}>
          Only the group’s owner can delete it.
        </p>
      )}
    </>
  );
}

function EditGroupForm({ group }: { group: GroupDetail }) {
  const id = useId();
  const update = useUpdateGroup(group.id);
  const [name, setName] = useState(group.name);
  const [description, setDescription] = useState(group.description);
  const [visibility, setVisibility] = useState<Visibility>(group.visibility === 'public' ? 'public' : 'private');
  const [limit, setLimit] = useState(group.member_limit == null ? '' : String(group.member_limit));
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const errors = formErrors(update.error, FIELDS);
  const fieldErrors = { ...errors.fields, ...local };

  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setSaved(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    const limitText = limit.trim();
    const memberLimit = limitText === '' ? null : Number(limitText);
    const problems: Record<string, string[]> = {};
    if (trimmed.length < 2) problems.name = ['Give the group a name of at least 2 characters.'];
    if (memberLimit !== null && (!Number.isInteger(memberLimit) || memberLimit < 2 || memberLimit > LIMIT_MAX)) {
      problems.member_limit = [`A limit is a whole number from 2 to ${LIMIT_MAX}, or leave it empty.`];
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate(
      { name: trimmed, description, visibility, member_limit: memberLimit },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>About the group</h3>
      <FormAlert message={update.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <FormField
        label="Group name"
        name="name"
        maxLength={NAME_MAX}
        required
        value={name}
        onChange={(event) => edited(setName)(event.target.value)}
        errors={fieldErrors.name}
      />
      <div className={styles.field}>
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          name="description"
          maxLength={DESCRIPTION_MAX}
          rows={3}
          value={description}
          onChange={(event) => edited(setDescription)(event.target.value)}
          aria-describedby={`${id}-description-hint`}
          aria-invalid={Boolean(fieldErrors.description) || undefined}
        />
        <p id={`${id}-description-hint`} className={styles.hint}>
          When you meet, how you work together; at most {DESCRIPTION_MAX} characters.
        </p>
        <FieldErrors messages={fieldErrors.description} />
      </div>
      <fieldset className={styles.radios}>
        <legend>Who can find it</legend>
        <label>
          <input
            type="radio"
            name="visibility"
            value="private"
            checked={visibility === 'private'}
            onChange={() => edited(setVisibility)('private')}
          />{' '}
          Private: by invite only
        </label>
        <label>
          <input
            type="radio"
            name="visibility"
            value="public"
            checked={visibility === 'public'}
            onChange={() => edited(setVisibility)('public')}
          />{' '}
          Public: listed, still joined by invite
        </label>
      </fieldset>
      <FieldErrors messages={fieldErrors.visibility} />
      <FormField
        label="Member limit (optional)"
        name="member_limit"
        type="number"
        inputMode="numeric"
        min={2}
        max={LIMIT_MAX}
        value={limit}
        onChange={(event) => edited(setLimit)(event.target.value)}
        hint={`Leave it empty for no limit; it cannot be below the ${group.member_count} members already in.`}
        errors={fieldErrors.member_limit}
      />
      <div className={styles.inline}>
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        {saved && (
          <p role="status" className={styles.status}>
            Changes saved.
          </p>
        )}
      </div>
    </form>
  );
}

function DeleteGroup({ group }: { group: GroupDetail }) {
  const id = useId();
  const navigate = useNavigate();
  const remove = useDeleteGroup(group.id);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === group.name;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    remove.mutate(undefined, {
      onSuccess: () => void navigate('/groups', { state: { status: `The group “${group.name}” was deleted.` } }),
    });
  };

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} style={{ marginTop: 'var(--space-5)' }}>
      <h3 id={`${id}-title`}>Delete the group</h3>
      <p className={styles.hint}>
        Deleting removes the group, its invites and its discussions for every member. It cannot be undone.
      </p>
      <FormAlert message={remove.isError ? describeError(remove.error) : null} />
      {confirming ? (
        <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={`Confirm deleting ${group.name}`}>
          <div className={styles.field}>
            <label htmlFor={`${id}-confirm`}>
              Type the group’s name, <strong>{group.name}</strong>, to confirm
            </label>
            <input
              id={`${id}-confirm`}
              value={typed}
              autoComplete="off"
              maxLength={NAME_MAX}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className={styles.inline}>
            <button type="submit" className="button" disabled={!matches || remove.isPending}>
              {remove.isPending ? 'Deleting…' : `Delete ${group.name} for good`}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setConfirming(false);
                setTyped('');
              }}
            >
              Keep the group
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
          Delete group…
        </button>
      )}
    </section>
  );
}
