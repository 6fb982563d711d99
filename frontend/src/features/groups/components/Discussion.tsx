import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { LazyMarkdown } from '@/components/LazyMarkdown';
import { EmptyState, ErrorState, LoadingState, QueryView } from '@/components/States';
import { formErrors } from '@/lib/form-errors';
import {
  useAnswerQuestion,
  useAskQuestion,
  useMarkHelpful,
  useQuestion,
  useQuestions,
  type QuestionDetail,
} from '../api/discussion';
import { useDeleteAnswer, useDeleteQuestion } from '../api/discussion-edit';
import type { TopicChoice } from '../api/topics';
import { ConfirmDelete, EditAnswerForm, EditQuestionForm, QuestionFields } from './DiscussionEdit';
import { FieldErrors } from './FieldErrors';
import { when } from './format';
import { MarkdownEditor } from './MarkdownEditor';
import { TopicSelect } from './TopicSelect';
import styles from './Groups.module.css';

type Props = { groupId: string; topics: TopicChoice[]; meId: number; canManage: boolean };

export function Discussion({ groupId, topics, meId, canManage }: Props) {
  const id = useId();
  const [topic, setTopic] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const questions = useQuestions(groupId, topic);

  if (open !== null) {
    return (
      <QuestionView
        groupId={groupId}
        questionId={open}
        meId={meId}
        canManage={canManage}
        onBack={() => setOpen(null)}
      />
    );
  }

  return (
    <>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-filter`}>Show questions on</label>
          <TopicSelect id={`${id}-filter`} topics={topics} value={topic} onChange={setTopic} emptyLabel="All topics" />
        </div>
        {!asking && (
          <button type="button" className="button" onClick={() => setAsking(true)}>
            Ask a question
          </button>
        )}
      </div>
      {asking && (
        <AskQuestionForm
          groupId={groupId}
          topics={topics}
          initialTopic={topic}
          onCancel={() => setAsking(false)}
          onAsked={(question) => {
            setAsking(false);
            setOpen(question.id);
          }}
        />
      )}
      <div style={{ marginTop: 'var(--space-4)' }}>
        {questions.isPending && <LoadingState label="Loading questions…" />}
        {questions.isError && <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />}
        {questions.data && questions.data.length === 0 && (
          <EmptyState>
            <p>
              No questions {topic ? 'on this topic ' : ''}yet. Stuck on something? Ask it here: members can answer
              whenever they have a moment, and the answer stays for the next person.
            </p>
          </EmptyState>
        )}
        {questions.data && questions.data.length > 0 && (
          <ul className={styles.list} aria-label="Questions">
            {questions.data.map((question) => (
              <li key={question.id} className={styles.item}>
                <h3>
                  <button type="button" className="link-button" onClick={() => setOpen(question.id)}>
                    {question.title}
                  </button>
                </h3>
                <p className={styles.meta}>
                  {question.topic.title} · asked by {question.author.username} ·{' '}
                  <time dateTime={question.created_at}>{when(question.created_at)}</time> · {question.answer_count}{' '}
                  {question.answer_count === 1 ? 'answer' : 'answers'}
                  {question.helpful_count > 0 && ` · ${question.helpful_count} helpful`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

function AskQuestionForm({
  groupId,
  topics,
  initialTopic,
  onCancel,
  onAsked,
}: {
  groupId: string;
  topics: TopicChoice[];
  initialTopic: string;
  onCancel: () => void;
  onAsked: (question: QuestionDetail) => void;
}) {
  const id = useId();
  const ask = useAskQuestion(groupId);
  const [topic, setTopic] = useState(initialTopic);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = formErrors(ask.error, ['topic', 'title', 'body']);
  const fields = { ...errors.fields, ...local };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!topic) problems.topic = ['Choose the topic your question is about.'];
    if (title.trim().length < 3) problems.title = ['Write a title of at least 3 characters.'];
    if (!body.trim()) problems.body = ['Describe what you are stuck on.'];
    setLocal(problems);
    if (Object.keys(problems).length) return;
    ask.mutate({ topic, title: title.trim(), body }, { onSuccess: onAsked });
  };

  return (
    <form className={`${styles.form} ${styles.card}`} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Ask the group</h3>
      <FormAlert message={ask.isError && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <div className={styles.field}>
        <label htmlFor={`${id}-topic`}>Topic</label>
        <TopicSelect
          id={`${id}-topic`}
          topics={topics}
          value={topic}
          onChange={setTopic}
          emptyLabel="Choose a topic"
          invalid={Boolean(fields.topic)}
        />
        <FieldErrors messages={fields.topic} />
      </div>
      <QuestionFields
        id={`${id}-question`}
        title={title}
        onTitle={setTitle}
        body={body}
        onBody={setBody}
        errors={fields}
      />
      <div className={styles.inline}>
        <button type="submit" className="button" disabled={ask.isPending}>
          {ask.isPending ? 'Posting…' : 'Post question'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function QuestionView({
  groupId,
  questionId,
  meId,
  canManage,
  onBack,
}: {
  groupId: string;
  questionId: number;
  meId: number;
  canManage: boolean;
  onBack: () => void;
}) {
  const question = useQuestion(groupId, questionId);
  const remove = useDeleteQuestion(groupId, questionId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          ← All questions
        </button>
      </p>
      <QueryView query={question} loading="Loading the question…" notFound="question">
        {(data) => (
          <article aria-labelledby="question-title">
            {editing ? (
              <EditQuestionForm groupId={groupId} question={data} onDone={() => setEditing(false)} />
            ) : (
              <>
                <h3 id="question-title">{data.title}</h3>
                <p className={styles.meta}>
                  {data.topic.title} · asked by {data.author.username} ·{' '}
                  <time dateTime={data.created_at}>{when(data.created_at)}</time>
                </p>
                <LazyMarkdown>{data.body}</LazyMarkdown>
              </>
            )}
            <FormAlert message={remove.isError ? formErrors(remove.error, []).form : null} />
            {!editing && (data.author.user_id === meId || canManage) && (
              <div className={styles.inline}>
                {confirming ? (
                  <ConfirmDelete
                    question={`Delete this question${data.answers.length ? ` and its ${data.answers.length === 1 ? 'answer' : `${data.answers.length} answers`}` : ''}?`}
                    confirmLabel="Yes, delete the question"
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate(undefined, { onSuccess: onBack, onSettled: () => setConfirming(false) })}
                    onKeep={() => setConfirming(false)}
                  />
                ) : (
                  <>
                    {data.author.user_id === meId && (
                      <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
                        Edit question
                      </button>
                    )}
                    <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
                      Delete question
                    </button>
                  </>
                )}
              </div>
            )}
            <Answers
              groupId={groupId}
              question={data}
              meId={meId}
              canManage={canManage}
              canMark={data.author.user_id === meId || canManage}
            />
            <AnswerForm groupId={groupId} questionId={questionId} />
          </article>
        )}
      </QueryView>
    </>
  );
}

function Answers({
  groupId,
  question,
  meId,
  canManage,
  canMark,
}: {
  groupId: string;
  question: QuestionDetail;
  meId: number;
  canManage: boolean;
  canMark: boolean;
}) {
  const mark = useMarkHelpful(groupId, question.id);
  const remove = useDeleteAnswer(groupId, question.id);
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const count = question.answers.length;
  return (
    <section aria-labelledby="answers-title">
      <h4 id="answers-title">
        {count === 0 ? 'No answers yet' : `${count} ${count === 1 ? 'answer' : 'answers'}`}
      </h4>
      <FormAlert message={mark.isError ? formErrors(mark.error, []).form : null} />
      <FormAlert message={remove.isError ? formErrors(remove.error, []).form : null} />
      {count > 0 && (
      <ul className={styles.list} aria-label="Answers">
        {question.answers.map((answer) => (
          <li key={answer.id} className={`${styles.answer} ${answer.helpful ? styles.helpful : ''}`}>
            <p className={styles.meta}>
              <strong>{answer.author.username}</strong> ·{' '}
              <time dateTime={answer.created_at}>{when(answer.created_at)}</time>
              {answer.helpful && <span className={styles.badge}>✓ Marked helpful</span>}
            </p>
            {editing === answer.id ? (
              <EditAnswerForm
                groupId={groupId}
                questionId={question.id}
                answer={answer}
                onDone={() => setEditing(null)}
              />
            ) : (
              <LazyMarkdown>{answer.body}</LazyMarkdown>
            )}
            {editing !== answer.id && (
              <div className={styles.inline}>
                {canMark && (
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={mark.isPending}
                    onClick={() => mark.mutate({ answerId: answer.id, helpful: !answer.helpful })}
                    aria-label={
                      answer.helpful
                        ? `Remove the helpful mark from ${answer.author.username}’s answer`
                        : `Mark ${answer.author.username}’s answer helpful`
                    }
                  >
                    {answer.helpful ? 'Remove helpful mark' : 'Mark helpful'}
                  </button>
                )}
                {answer.author.user_id === meId && confirming !== answer.id && (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => setEditing(answer.id)}
                    aria-label="Edit your answer"
                  >
                    Edit
                  </button>
                )}
                {(answer.author.user_id === meId || canManage) &&
                  (confirming === answer.id ? (
                    <ConfirmDelete
                      question={answer.author.user_id === meId ? 'Delete your answer?' : `Delete ${answer.author.username}’s answer?`}
                      confirmLabel="Yes, delete the answer"
                      pending={remove.isPending}
                      onConfirm={() => remove.mutate(answer.id, { onSettled: () => setConfirming(null) })}
                      onKeep={() => setConfirming(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setConfirming(answer.id)}
                      aria-label={answer.author.user_id === meId ? 'Delete your answer' : `Delete ${answer.author.username}’s answer`}
                    >
                      Delete
                    </button>
                  ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      )}
    </section>
  );
}

function AnswerForm({ groupId, questionId }: { groupId: string; questionId: number }) {
  const id = useId();
  const answer = useAnswerQuestion(groupId, questionId);
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const errors = formErrors(answer.error, ['body']);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(!body.trim());
    if (!body.trim()) return;
    answer.mutate(body, { onSuccess: () => setBody('') });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Answer the question" style={{ marginTop: 'var(--space-4)' }}>
      <FormAlert message={answer.isError && !errors.fields.body ? errors.form : null} />
      <MarkdownEditor
        id={`${id}-body`}
        label="Your answer"
        value={body}
        onChange={setBody}
        errors={empty ? ['Write your answer first.'] : errors.fields.body}
      />
      <div>
        <button type="submit" className="button" disabled={answer.isPending}>
          {answer.isPending ? 'Posting…' : 'Post answer'}
        </button>
      </div>
    </form>
  );
}
