const KEY = 'lemma.practise.typeAsText';

/** Whether the learner last chose to type answers as text rather than use the maths editor. */
export function prefersText(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberPrefersText(value: boolean) {
  try {
    if (value) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}
