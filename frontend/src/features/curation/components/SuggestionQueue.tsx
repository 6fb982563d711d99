import { useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/FormAlert';
import { FormField } from '@/components/FormField';
import { SelectField } from '@/components/SelectField';
import { EmptyState, QueryView } from '@/components/States';
import { TextAreaField } from '@/components/TextAreaField';
import { formErrors } from '@/lib/form-errors';
import {
  useApproveSuggestion,
  useRejectSuggestion,
  useSuggestionQueue,
  type ApproveInput,
  type QueuedSuggestion,
} from '../api/suggestions';
import { COST_OPTIONS, dateTime, KIND_OPTIONS, type Cost, type Kind } from './choices';
import styles from './Curation.module.css';

/** The pending suggestions, oldest decisions first: approve (with edits) or reject with a reason. */
export function SuggestionQueue() {
  const queue = useSuggestionQueue('pending');
  const [done, setDone] = useState<string | null>(null);
  return (
    <div>
      <p role="status" className={styles.notice}>
        {done}
      </p>
      <QueryView query={queue} loading="Loading the suggestion queue…">
        {(suggestions) =>
          suggestions.length === 0 ? (
            <EmptyState>No suggestions are waiting. Learners’ new suggestions will appear here.</EmptyState>
          ) : (
            <ul className={styles.cards} aria-label="Pending suggestions">
              {suggestions.map((suggestion) => (
                <SuggestionCard key={suggestion.id} suggestion={suggestion} onDone={setDone} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

type Mode = 'idle' | 'approve' | 'reject';

function SuggestionCard({ suggestion, onDone }: { suggestion: QueuedSuggestion; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<Mode>('idle');
  const headingId = `suggestion-${suggestion.id}`;
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardTitle}>
        {suggestion.title}
      </h3>
      <p className={styles.meta}>
        For <strong>{suggestion.topic.title}</strong> · suggested by {suggestion.suggested_by} on{' '}
        {dateTime(suggestion.created_at)}
      </p>
      <p className={styles.url}>
        <a href={suggestion.url} target="_blank" rel="noopener noreferrer">
          {suggestion.url}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <blockquote className={styles.why}>{suggestion.why}</blockquote>
      {mode === 'idle' && (
        <div className={styles.actions}>
          <button type="button" className="button small" onClick={() => setMode('approve')}>
            Approve…
          </button>
          <button type="button" className="button secondary small" onClick={() => setMode('reject')}>
            Reject…
          </button>
        </div>
      )}
      {mode === 'approve' && (
        <ApproveForm suggestion={suggestion} onCancel={() => setMode('idle')} onDone={onDone} />
      )}
      {mode === 'reject' && <RejectForm suggestion={suggestion} onCancel={() => setMode('idle')} onDone={onDone} />}
    </li>
  );
}

type FormProps = { suggestion: QueuedSuggestion; onCancel: () => void; onDone: (message: string) => void };

const APPROVE_FIELDS = ['title', 'kind', 'cost', 'provider', 'section', 'slug'] as const;

function ApproveForm({ suggestion, onCancel, onDone }: FormProps) {
  const approve = useApproveSuggestion();
  const errors = formErrors(approve.error, APPROVE_FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const changes: ApproveInput = {
      title: text('title') || suggestion.title,
      kind: text('kind') as Kind,
      cost: text('cost') as Cost,
      section: text('section'),
    };
    if (text('provider')) changes.provider = text('provider');
    approve.mutate(
      { id: suggestion.id, changes },
      { onSuccess: () => onDone(`Approved “${changes.title}”: it is now listed on ${suggestion.topic.title}.`) },
    );
  };

  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate aria-label={`Approve ${suggestion.title}`}>
      <FormAlert message={errors.form} />
      <FormField label="Title" name="title" defaultValue={suggestion.title} maxLength={200} errors={errors.fields.title} />
      <div className={styles.row}>
        <SelectField label="Kind" name="kind" options={KIND_OPTIONS} defaultValue="article" errors={errors.fields.kind} />
        <SelectField label="Cost" name="cost" options={COST_OPTIONS} defaultValue="free" errors={errors.fields.cost} />
      </div>
      <FormField
        label="Provider"
        name="provider"
        hint="Leave empty to use the link’s site."
        maxLength={200}
        errors={errors.fields.provider}
      />
      <FormField
        label="Section (optional)"
        name="section"
        hint="Which part covers this topic, e.g. “Chapter 3”."
        maxLength={200}
        errors={errors.fields.section}
      />
      {errors.fields.slug && <FormAlert message={errors.fields.slug.join(' ')} />}
      <div className={styles.actions}>
        <button type="submit" className="button small" disabled={approve.isPending}>
          {approve.isPending ? 'Approving…' : 'Approve and publish'}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RejectForm({ suggestion, onCancel, onDone }: FormProps) {
  const reject = useRejectSuggestion();
  const [missing, setMissing] = useState(false);
  const errors = formErrors(reject.error, ['reason']);
  const reasonErrors = missing ? ['Tell the learner why, in a sentence.'] : errors.fields.reason;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    setMissing(reason === '');
    if (reason === '') return;
    reject.mutate(
      { id: suggestion.id, reason },
      { onSuccess: () => onDone(`Rejected “${suggestion.title}”. ${suggestion.suggested_by} will see your reason.`) },
    );
  };

  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate aria-label={`Reject ${suggestion.title}`}>
      <FormAlert message={missing ? null : errors.form} />
      <TextAreaField
        label="Reason for the learner"
        name="reason"
        maxLength={500}
        required
        errors={reasonErrors}
        hint="Shown to the learner who suggested it."
      />
      <div className={styles.actions}>
        <button type="submit" className="button small" disabled={reject.isPending}>
          {reject.isPending ? 'Rejecting…' : 'Reject suggestion'}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
