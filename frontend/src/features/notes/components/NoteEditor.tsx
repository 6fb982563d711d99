import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '@/components/FormAlert';
import Markdown from '@/components/Markdown';
import { formErrors } from '@/lib/form-errors';
import {
  NOTE_MAX,
  useDeleteNote,
  useSaveNote,
  type MyGroupChoice,
  type MyNote,
  type Visibility,
} from '../api/notes';
import { VISIBILITY_LABELS } from './visibility';
import styles from './Notes.module.css';

type NoteEditorProps = {
  topic: string;
  note: MyNote | null;
  /** The learner's groups; undefined while they load or when they could not be loaded. */
  groups: MyGroupChoice[] | undefined;
};

const VISIBILITIES: { value: Visibility; hint: string }[] = [
  { value: 'private', hint: 'Nobody else sees it.' },
  { value: 'groups', hint: 'Members of the groups you tick below.' },
  { value: 'public', hint: 'Anyone, on your public page (when it is on), and your groups.' },
];

function savedAt(iso: string) {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Write a note in Markdown with $…$ maths, see it rendered as you type, choose who sees it. */
export function NoteEditor({ topic, note, groups }: NoteEditorProps) {
  const id = useId();
  const save = useSaveNote(topic);
  const remove = useDeleteNote(topic);
  const [body, setBody] = useState(note?.body ?? '');
  const [visibility, setVisibility] = useState<Visibility>(note?.visibility ?? 'private');
  const [shared, setShared] = useState<string[]>(note?.groups.map((group) => group.id) ?? []);
  const [local, setLocal] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(note ? `Last saved at ${savedAt(note.updated_at)}.` : null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exists, setExists] = useState(note !== null);
  const preview = useDeferredValue(body);

  const errors = formErrors(save.error, ['body', 'visibility', 'groups']);
  const apiFieldError = (name: string) => errors.fields[name]?.join(' ');
  const formError = local ?? (save.isError && Object.keys(errors.fields).length === 0 ? errors.form : null);
  const tooLong = body.length > NOTE_MAX;
  const edited = () => {
    setStatus('Unsaved changes.');
    setLocal(null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) return setLocal('Write something first.');
    if (tooLong) return setLocal(`A note holds at most ${NOTE_MAX.toLocaleString()} characters.`);
    if (visibility === 'groups' && shared.length === 0) return setLocal('Tick at least one group to share with.');
    setLocal(null);
    setStatus(null);
    save.mutate(
      { body, visibility, groups: visibility === 'groups' ? shared : [] },
      {
        onSuccess: (saved) => {
          setShared(saved.groups.map((group) => group.id));
          setExists(true);
          setStatus(`Saved at ${savedAt(saved.updated_at)}.`);
        },
      },
    );
  };

  const onDelete = () => {
    remove.mutate(undefined, {
      onSuccess: () => {
        setBody('');
        setVisibility('private');
        setShared([]);
        setConfirmDelete(false);
        setExists(false);
        setStatus('Note deleted.');
      },
    });
  };

  const toggleGroup = (groupId: string, checked: boolean) => {
    setShared((current) => (checked ? [...current, groupId] : current.filter((other) => other !== groupId)));
    edited();
  };

  return (
    <form className={styles.editor} onSubmit={onSubmit} noValidate aria-label="Your note">
      <FormAlert message={formError} />
      <div className={styles.panes}>
        <div className={styles.field}>
          <label htmlFor={`${id}-body`}>Note</label>
          <p id={`${id}-hint`} className={styles.hint}>
            Markdown: **bold**, lists, `code`; maths between dollar signs, such as $x^2$ or $$\int_0^1 x\,dx$$.
          </p>
          <textarea
            id={`${id}-body`}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              edited();
            }}
            rows={10}
            aria-invalid={tooLong || Boolean(apiFieldError('body')) || undefined}
            aria-describedby={`${id}-hint ${id}-count${apiFieldError('body') ? ` ${id}-body-error` : ''}`}
          />
          <p id={`${id}-count`} className={tooLong ? styles.over : styles.hint}>
            {body.length.toLocaleString()} / {NOTE_MAX.toLocaleString()} characters
          </p>
          {apiFieldError('body') && (
            <p id={`${id}-body-error`} className={styles.error}>
              {apiFieldError('body')}
            </p>
          )}
        </div>
        <section className={styles.preview} aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className={styles.previewTitle}>
            Preview
          </h3>
          {preview.trim() ? <Markdown>{preview}</Markdown> : <p className={styles.hint}>Nothing to preview yet.</p>}
        </section>
      </div>

      <fieldset className={styles.visibility}>
        <legend>Who can see it</legend>
        {VISIBILITIES.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-visibility`}
              value={choice.value}
              checked={visibility === choice.value}
              onChange={() => {
                setVisibility(choice.value);
                edited();
              }}
            />
            <span>
              {VISIBILITY_LABELS[choice.value]}
              <span className={styles.hint}> — {choice.hint}</span>
            </span>
          </label>
        ))}
        {apiFieldError('visibility') && <p className={styles.error}>{apiFieldError('visibility')}</p>}
      </fieldset>

      {visibility === 'groups' && (
        <fieldset className={styles.groups}>
          <legend>Share with</legend>
          {groups === undefined ? (
            <p className={styles.hint}>Loading your groups…</p>
          ) : groups.length === 0 ? (
            <p className={styles.hint}>
              You are not in any group yet. <Link to="/groups">Find or start a study group</Link>.
            </p>
          ) : (
            groups.map((group) => (
              <label key={group.id} className={styles.choice}>
                <input
                  type="checkbox"
                  checked={shared.includes(group.id)}
                  onChange={(event) => toggleGroup(group.id, event.target.checked)}
                />
                {group.name}
              </label>
            ))
          )}
          {apiFieldError('groups') && <p className={styles.error}>{apiFieldError('groups')}</p>}
        </fieldset>
      )}

      <div className={styles.actions}>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save note'}
        </button>
        {exists &&
          (confirmDelete ? (
            <>
              <button type="button" className="button secondary" onClick={onDelete} disabled={remove.isPending}>
                Yes, delete this note
              </button>
              <button type="button" className="link-button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="link-button" onClick={() => setConfirmDelete(true)}>
              Delete note
            </button>
          ))}
        <p role="status" className={styles.status}>
          {status}
        </p>
      </div>
      {remove.isError && <FormAlert message={formErrors(remove.error, []).form} />}
    </form>
  );
}
