/** The grader writes terse lower-case phrases; show them as sentences. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The answer inside a "did you mean …?" suggestion, so it can be offered as a one-click fix. */
export function suggestedAnswer(suggestion: string | null | undefined): string | null {
  const match = suggestion?.trim().match(/^did you mean (.+)\?$/i);
  return match?.[1]?.trim() || null;
}

/** "Did you mean x*(x+1)?", with a capital and the answer untouched. */
export function suggestionSentence(suggestion: string): string {
  const trimmed = suggestion.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
