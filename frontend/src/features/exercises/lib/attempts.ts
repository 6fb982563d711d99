import { useCallback, useEffect, useState } from 'react';
import type { Submission } from '../api/create-submission';

// The API has no list of an instance's submissions, so this tab remembers them across reloads.
const storageKey = (instanceId: string) => `lemma.practise.attempts.${instanceId}`;

function readAttempts(instanceId: string): Submission[] {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(storageKey(instanceId)) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as Submission[]) : [];
  } catch {
    return [];
  }
}

function writeAttempts(instanceId: string, attempts: Submission[]) {
  try {
    window.sessionStorage.setItem(storageKey(instanceId), JSON.stringify(attempts));
  } catch {
    // Storage full or refused: the history still lives for this page.
  }
}

/** Adds a submission, or replaces the earlier copy of it with the same id. */
export function upsertAttempt(attempts: readonly Submission[], submission: Submission): Submission[] {
  const index = attempts.findIndex((attempt) => attempt.id === submission.id);
  if (index === -1) return [...attempts, submission];
  return attempts.map((attempt, i) => (i === index ? submission : attempt));
}

export function useAttempts(instanceId: string) {
  const [attempts, setAttempts] = useState(() => readAttempts(instanceId));
  useEffect(() => writeAttempts(instanceId, attempts), [instanceId, attempts]);
  const record = useCallback((submission: Submission) => setAttempts((list) => upsertAttempt(list, submission)), []);
  return { attempts, record };
}
