import { describeTemplates } from './describe-templates';
import { sentence, suggestedAnswer, suggestionSentence } from './messages';

describe('grader messages', () => {
  it('turns terse phrases into sentences', () => {
    expect(sentence("that's the right value as a decimal; give it exactly")).toBe(
      "That's the right value as a decimal; give it exactly.",
    );
    expect(sentence('Pair the components.')).toBe('Pair the components.');
    expect(sentence('  ')).toBe('');
  });

  it('finds the answer inside a "did you mean" suggestion', () => {
    expect(suggestedAnswer('did you mean x*(x+1)?')).toBe('x*(x+1)');
    expect(suggestedAnswer('use a dot for decimals: 3.5')).toBeNull();
    expect(suggestedAnswer(null)).toBeNull();
    expect(suggestionSentence('did you mean x*(x+1)?')).toBe('Did you mean x*(x+1)?');
  });
});

describe('describeTemplates', () => {
  it('gives the count and the range of difficulties', () => {
    expect(describeTemplates([{ difficulty: 2 }])).toBe('1 exercise · difficulty 2 of 3');
    expect(describeTemplates([{ difficulty: 3 }, { difficulty: 1 }, { difficulty: 2 }])).toBe(
      '3 exercises · difficulty 1–3 of 3',
    );
  });
});
