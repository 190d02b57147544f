import { useState } from 'react';
import { Field } from './Field';

interface Props {
  label: string;
  hint?: string;
  min: number;
  max: number;
  value: number;
  onSave(value: number): void;
}

/** A whole number saved when the field is left; out-of-range input is explained next to it and kept for fixing. */
export function WholeNumberField({ label, hint, min, max, value, onSave }: Props) {
  const [problem, setProblem] = useState('');
  const save = (text: string) => {
    const n = Number(text);
    const ok = text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
    setProblem(ok ? '' : `Use a whole number from ${min} to ${max}.`);
    if (ok && n !== value) onSave(n);
  };
  return (
    <Field label={label} hint={hint} error={problem} alert>
      {(a11y) => <input {...a11y} type="number" min={min} max={max} defaultValue={value} onBlur={(e) => save(e.currentTarget.value)} style={{ width: '8em' }} />}
    </Field>
  );
}
