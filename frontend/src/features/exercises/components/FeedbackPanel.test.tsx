import { render, screen } from '@testing-library/react';
import { makeSubmission } from '../test-fixtures';
import { FeedbackPanel } from './FeedbackPanel';

describe('FeedbackPanel', () => {
  it('says Correct and shows how the answer was read', () => {
    render(<FeedbackPanel submission={makeSubmission({ correct: true, code: 'correct', feedback: 'Correct.', interpretation: '3' })} />);
    expect(screen.getByText('Correct')).toBeInTheDocument();
    expect(screen.queryByText('Correct.')).not.toBeInTheDocument();
    expect(screen.getByText('Read as')).toBeInTheDocument();
    expect(document.querySelector('.katex')).not.toBeNull();
  });

  it('says Not quite with the mistake’s own feedback, maths and all', async () => {
    render(
      <FeedbackPanel
        submission={makeSubmission({ feedback: 'That is $a_1 b_2 - a_2 b_1$, the determinant. Pair matching positions.' })}
      />,
    );
    expect(screen.getByText('Not quite')).toBeInTheDocument();
    const feedback = await screen.findByText(/the determinant. Pair matching positions/);
    expect(feedback.querySelector('.katex')).not.toBeNull();
    expect(screen.queryByText(/not in the form/)).not.toBeInTheDocument();
  });

  it('keeps the grader’s own messages plain, so a * stays a times sign', () => {
    render(<FeedbackPanel submission={makeSubmission({ code: 'incorrect', feedback: 'Not quite: 2*x*3 is not it.' })} />);
    expect(screen.getByText('2*x*3 is not it.')).toBeInTheDocument();
  });

  it('notes a right value in the wrong form, and drops the repeated "Not quite:" lead', () => {
    render(
      <FeedbackPanel
        submission={makeSubmission({
          answer: '3.0',
          code: 'decimal_not_exact',
          feedback: "that's the right value as a decimal; give it exactly",
          form_ok: false,
        })}
      />,
    );
    expect(screen.getByText("That's the right value as a decimal; give it exactly.")).toBeInTheDocument();
    expect(screen.getByText('Your value is right, but it is not in the form the question asks for.')).toBeInTheDocument();
  });

  it('does not call a wrong value "right" just because its form is wrong too', () => {
    render(
      <FeedbackPanel
        submission={makeSubmission({ code: 'incorrect', feedback: 'Not quite: that is not the expected answer.', form_ok: false })}
      />,
    );
    expect(screen.getByText('That is not the expected answer.')).toBeInTheDocument();
    expect(screen.queryByText(/Your value is right/)).not.toBeInTheDocument();
  });

  it('shows where an unreadable answer went wrong and the suggested fix', () => {
    render(
      <FeedbackPanel
        submission={makeSubmission({
          answer: '3*(',
          interpretation: '',
          code: 'syntax_error',
          feedback: "add a closing ')' for the '(' at position 2",
          form_ok: null,
          error_position: 3,
          suggestion: 'did you mean 3*()?',
        })}
      />,
    );
    expect(screen.getByText('We could not read that answer')).toBeInTheDocument();
    expect(screen.getByText("Add a closing ')' for the '(' at position 2.")).toBeInTheDocument();
    expect(screen.getByText('Did you mean 3*()?')).toBeInTheDocument();
    expect(screen.getByText(/something is missing at the end/)).toBeInTheDocument();
  });

  it('stays calm while checking, and says so when it takes long', () => {
    const checking = makeSubmission({ status: 'queued', correct: null });
    const { rerender } = render(<FeedbackPanel submission={checking} />);
    expect(screen.getByText('Checking…')).toBeInTheDocument();
    expect(screen.queryByText(/Still checking/)).not.toBeInTheDocument();
    rerender(<FeedbackPanel submission={checking} slow />);
    expect(screen.getByText(/Still checking — you can keep working/)).toBeInTheDocument();
  });
});
