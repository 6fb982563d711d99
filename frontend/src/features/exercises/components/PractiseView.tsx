import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { isApiError } from '@/lib/api/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateInstance, type CreateInstanceInput } from '../api/create-instance';
import { useInstance } from '../api/get-instance';
import { ExercisePlayer } from './ExercisePlayer';
import { PractiseSignIn } from './PractiseSignIn';
import styles from './PractiseView.module.css';

const signedOut = (error: unknown) => isApiError(error) && error.status === 403;

function requestFrom(topic: string, params: URLSearchParams): CreateInstanceInput {
  const template = params.get('template');
  if (!template) return { topic };
  const seed = Number(params.get('seed'));
  return Number.isInteger(seed) && seed >= 0 && params.get('seed') !== null ? { template, seed } : { template };
}

/**
 * /practise/:topic. Opens ?instance=<id>, or makes a new exercise (of ?template and ?seed when
 * given, else any of the topic's) and puts its id in the address so a reload keeps it.
 */
export function PractiseView({ topic }: { topic: string }) {
  const [params, setParams] = useSearchParams();
  const instanceId = params.get('instance');
  const create = useCreateInstance();
  const requested = useRef<string | null>(null);
  const request = requestFrom(topic, params);
  const requestKey = instanceId ? null : JSON.stringify(request);

  const start = (input: CreateInstanceInput, replace: boolean) =>
    create.mutate(input, { onSuccess: (instance) => setParams({ instance: instance.id }, { replace }) });

  useEffect(() => {
    // Once per address: StrictMode's second effect run must not make a second exercise.
    if (requestKey === null) {
      requested.current = null;
      return;
    }
    if (requested.current === requestKey) return;
    requested.current = requestKey;
    start(JSON.parse(requestKey) as CreateInstanceInput, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `start` is rebuilt every render
  }, [requestKey]);

  if (instanceId) {
    return (
      <InstanceScreen
        key={instanceId}
        id={instanceId}
        onTryAnother={(slug) => start({ topic: slug }, false)}
        preparingAnother={create.isPending}
        anotherError={create.error}
      />
    );
  }
  if (create.isError) {
    return <CreateFailed error={create.error} topic={topic} onRetry={() => start(request, true)} />;
  }
  return <LoadingState label="Preparing an exercise…" />;
}

type InstanceScreenProps = {
  id: string;
  onTryAnother: (topic: string) => void;
  preparingAnother: boolean;
  anotherError: unknown;
};

function InstanceScreen({ id, onTryAnother, preparingAnother, anotherError }: InstanceScreenProps) {
  const instance = useInstance(id);
  if (instance.isPending) return <LoadingState label="Loading the exercise…" />;
  if (instance.isError) {
    if (signedOut(instance.error)) return <PractiseSignIn />;
    if (isApiError(instance.error) && instance.error.isNotFound) {
      return (
        <EmptyState>
          <p className={styles.notice}>We could not find that exercise. It may belong to another account.</p>
          <Link to="/" className="button secondary">
            Back to the roadmaps
          </Link>
        </EmptyState>
      );
    }
    return <ErrorState error={instance.error} onRetry={() => void instance.refetch()} />;
  }
  return (
    <ExercisePlayer
      instance={instance.data}
      onTryAnother={() => onTryAnother(instance.data.topic.slug)}
      preparingAnother={preparingAnother}
      anotherError={anotherError}
    />
  );
}

function CreateFailed({ error, topic, onRetry }: { error: unknown; topic: string; onRetry: () => void }) {
  useDocumentTitle('Practise');
  if (signedOut(error)) return <PractiseSignIn />;
  if (isApiError(error) && error.isNotFound) {
    return (
      <EmptyState>
        <p className={styles.notice}>{error.message || 'There is no exercise for that topic yet.'}</p>
        <Link to={`/topics/${topic}`} className="button secondary">
          Back to the topic
        </Link>
      </EmptyState>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
