import Markdown from '@/components/Markdown';
import type { Instance } from '../api/get-instance';
import styles from './ChoiceInput.module.css';

// A true/false exercise may come without listed choices.
const TRUE_FALSE = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

type Props = {
  name: string;
  choices: Instance['choices'];
  value: string | null;
  onChange: (id: string) => void;
  onSubmit: () => void;
};

/** Native radio buttons: one tab stop, arrow keys choose, and Enter checks the answer. */
export function ChoiceInput({ name, choices, value, onChange, onSubmit }: Props) {
  const options = choices.length > 0 ? choices : TRUE_FALSE;
  return (
    <div className={styles.choices}>
      {options.map((choice) => (
        <label key={choice.id} className={styles.choice}>
          <input
            type="radio"
            name={name}
            value={choice.id}
            checked={value === choice.id}
            onChange={() => onChange(choice.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onSubmit();
              }
            }}
          />
          <span className={styles.text}>
            <Markdown inline>{choice.text}</Markdown>
          </span>
        </label>
      ))}
    </div>
  );
}
