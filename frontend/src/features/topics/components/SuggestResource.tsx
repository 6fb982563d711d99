import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '@/components/FormAlert';
import { FormField } from '@/components/FormField';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { TextAreaField } from '@/components/TextAreaField';
import { formErrors } from '@/lib/form-errors';
import { useSignInPaths } from '@/lib/use-sign-in-paths';
import { useMySuggestions, useSuggestResource, type Suggestion } from '../api/suggestions';
import styles from './SuggestResource.module.css';

const statusLabels: Record<Suggestion['status'], string> = {
  pending: 'Waiting for a curator',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** Learners propose a resource for the topic and follow what curators decided. */
export function SuggestResource({ topic, signedIn }: { topic: string; signedIn: boolean }) {
  const signIn = useSignInPaths();
  if (!signedIn) {
    return (
      <p className={styles.muted}>
        Know a better resource? <Link to={signIn.login}>Log in</Link> to suggest one.
      </p>
    );
  }
  return (
    <>
      <SuggestForm topic={topic} />
      <MySuggestions topic={topic} />
    </>
  );
}

function SuggestForm({ topic }: { topic: string }) {
  const mutation = useSuggestResource();
  const [sent, setSent] = useState<string | null>(null);
  const errors = formErrors(mutation.error, ['title', 'url', 'why']);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    setSent(null);
    mutation.mutate(
      { topic, title, url: String(data.get('url') ?? '').trim(), why: String(data.get('why') ?? '').trim() },
      {
        onSuccess: () => {
          form.reset();
          setSent(title);
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="suggest-title">
      <h3 id="suggest-title" className={styles.heading}>
        Suggest a resource
      </h3>
      <FormAlert message={errors.form} />
      <FormField label="Title" name="title" maxLength={200} required errors={errors.fields.title} />
      <FormField
        label="Link"
        name="url"
        type="url"
        inputMode="url"
        maxLength={500}
        placeholder="https://"
        required
        errors={errors.fields.url}
      />
      <TextAreaField
        label="Why it helps"
        name="why"
        hint="What did it make clear? 10 to 1,000 characters."
        maxLength={1000}
        required
        errors={errors.fields.why}
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Sending…' : 'Suggest it'}
      </button>
      <p role="status" className={styles.sent}>
        {sent && `Thanks: “${sent}” is waiting for a curator.`}
      </p>
    </form>
  );
}

function MySuggestions({ topic }: { topic: string }) {
  const suggestions = useMySuggestions(true);
  const mine = (suggestions.data ?? []).filter((suggestion) => suggestion.topic.slug === topic);
  return (
    <section aria-labelledby="my-suggestions" className={styles.mine}>
      <h3 id="my-suggestions" className={styles.heading}>
        Your suggestions
      </h3>
      {suggestions.isPending ? (
        <LoadingState label="Loading your suggestions…" />
      ) : suggestions.isError ? (
        <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : mine.length === 0 ? (
        <EmptyState>You have not suggested anything for this topic yet.</EmptyState>
      ) : (
        <ul className={styles.list}>
          {mine.map((suggestion) => (
            <li key={suggestion.id} className={styles.item}>
              <span className={styles.title}>{suggestion.title}</span>
              <span className={styles.status} data-status={suggestion.status}>
                {statusLabels[suggestion.status]}
              </span>
              {suggestion.status === 'rejected' && suggestion.rejection_reason && (
                <p className={styles.reason}>Curator’s reason: {suggestion.rejection_reason}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
