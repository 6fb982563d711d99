import { describeError, isApiError } from '@/lib/api/errors';

export type JoinProblem = { title: string; advice: string; alreadyMember?: boolean };

const problems: Record<string, JoinProblem> = {
  invite_unknown: {
    title: 'This invite link is not valid',
    advice: 'Check that you copied the whole link, or ask the person who sent it for a new one.',
  },
  invite_revoked: {
    title: 'This invite has been withdrawn',
    advice: 'An admin of the group took it back. Ask them for a new invite.',
  },
  invite_expired: {
    title: 'This invite has expired',
    advice: 'Invites last a limited number of days. Ask the group for a fresh link.',
  },
  invite_used_up: {
    title: 'This invite has been used up',
    advice: 'It was meant for a set number of people, and that many have joined. Ask for a new invite.',
  },
  group_full: {
    title: 'This group is full',
    advice: 'It has reached its member limit. An admin can raise the limit or make room.',
  },
  already_member: {
    title: 'You are already in this group',
    advice: 'You can find it under your groups.',
    alreadyMember: true,
  },
};

/** What went wrong joining with an invite, in words a person can act on. */
export function joinProblem(error: unknown): JoinProblem {
  if (isApiError(error)) {
    const known = problems[error.code];
    if (known) return known;
    if (error.fields.code) return { title: 'That code does not look right', advice: error.fields.code.join(' ') };
  }
  return { title: 'Could not join the group', advice: describeError(error) };
}
