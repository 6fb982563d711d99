import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { formErrors } from '@/lib/form-errors';
import type { Answer, QuestionDetail } from '../api/discussion';
import { useEditAnswer, useEditQuestion } from '../api/discussion-edit';
import { FieldErrors } from './FieldErrors';
import { MarkdownEditor } from './MarkdownEditor';
import styles from './Groups.module.css';

/** "Are you sure?" in place of the Delete button; focus moves to it and back out on "Keep". */
/** A question's title and Markdown body, as asked and as edited. */
export function QuestionFields({
  id,
  title,
  onTitle,
  body,
  onBody,
  errors,
}: {
  id: string;
  title: string;
  onTitle: (title: string) => void;
  body: string;
  onBody: (body: string) => void;
  errors: { title?: string[]; body?: string[] };
}) {
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={200}
          onChange={(event) => onTitle(event.target.value)}
          aria-invalid={Boolean(errors.title) || undefined}
        />
        <FieldErrors messages={errors.title} />
      </div>
      <MarkdownEditor id={`${id}-body`} label="Your question" value={body} onChange={onBody} errors={errors.body} />
    </>
  );
}

export function ConfirmDelete({
  question,
  confirmLabel,
  pending,
  onConfirm,
  onKeep,
}: {
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div role="group" aria-label={question} className={styles.inline}>
      <span>{question}</span>
      <button ref={confirm} type="button" className="button small" disabled={pending} onClick={onConfirm}>
        {pending ? 'Deleting…' : confirmLabel}
      </button>
      <button type="button" className="button secondary small" onClick={onKeep}>
        Keep it
      </button>
    </div>
  );
}

export function EditQuestionForm({
  groupId,
  question,
  onDone,
}: {
  groupId: string;
  question: QuestionDetail;
  onDone: () => void;
}) {
  const id = useId();
  const edit = useEditQuestion(groupId, question.id);
  const [title, setTitle] = useState(question.title);
  const [body, setBody] = useState(question.body);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = formErrors(edit.error, ['title', 'body']);
  const fields = { ...errors.fields, ...local };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (title.trim().length < 3) problems.title = ['Write a title of at least 3 characters.'];
    if (!body.trim()) problems.body = ['Describe what you are stuck on.'];
    setLocal(problems);
    if (Object.keys(problems).length) return;
    edit.mutate({ title: title.trim(), body }, { onSuccess: onDone });
  };

  return (
    <form className={`${styles.form} ${styles.card}`} onSubmit={onSubmit} noValidate aria-label="Edit your question">
      <FormAlert message={edit.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <QuestionFields
        id={id}
        title={title}
        onTitle={setTitle}
        body={body}
        onBody={setBody}
        errors={fields}
      />
      <div className={styles.inline}>
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function EditAnswerForm({
  groupId,
  questionId,
  answer,
  onDone,
}: {
  groupId: string;
  questionId: number;
  answer: Answer;
  onDone: () => void;
}) {
  const id = useId();
  const edit = useEditAnswer(groupId, questionId);
  const [body, setBody] = useState(answer.body);
  const [empty, setEmpty] = useState(false);
  const errors = formErrors(edit.error, ['body']);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(!body.trim());
    if (!body.trim()) return;
    edit.mutate({ answerId: answer.id, body }, { onSuccess: onDone });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Your edited answer">
      <FormAlert message={edit.isError && !errors.fields.body ? errors.form : null} />
      <MarkdownEditor
        id={`${id}-body`}
        label="Your edited answer"
        value={body}
        onChange={setBody}
        errors={empty ? ['Write your answer first.'] : errors.fields.body}
      />
      <div className={styles.inline}>
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save answer'}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
