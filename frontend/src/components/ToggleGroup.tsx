import styles from './ToggleGroup.module.css';

export type ToggleOption<Value extends string> = { value: Value; label: string };

type Props<Value extends string> = {
  legend: string;
  options: readonly ToggleOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
};

/** A single-choice group of pressed/unpressed buttons under a visible legend. */
export function ToggleGroup<Value extends string>({ legend, options, value, onChange }: Props<Value>) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={option.value === value}
            className={styles.option}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
