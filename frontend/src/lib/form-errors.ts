import { describeError, isApiError } from '@/lib/api/errors';

/** Splits an API error into messages for the named fields and one message for the whole form. */
export function formErrors(error: unknown, fieldNames: readonly string[]) {
  const fields: Record<string, string[]> = {};
  if (!error) return { fields, form: null };
  const apiFields = isApiError(error) ? error.fields : {};
  const other: string[] = [];
  for (const [name, messages] of Object.entries(apiFields)) {
    if (fieldNames.includes(name)) fields[name] = messages;
    else other.push(...messages);
  }
  return { fields, form: other.length > 0 ? other.join(' ') : describeError(error) };
}
