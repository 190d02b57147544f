import { useCallback, useState, type KeyboardEvent } from 'react';
import type { z } from 'zod';
import { PlannerClientError } from '../api/transport';
import { askToDiscard } from './DiscardDraftDialog';

export type FieldErrors = Record<string, string>;

/** Field errors from a zod result or a typed INVALID error from the core, keyed by top-level field. */
export function fieldErrorsFrom(issues: { path: PropertyKey[]; message: string }[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) {
    const key = String(issue.path.at(-1) ?? '');
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}

/**
 * Form state with the same zod schema the core uses: validates before sending, shows field errors
 * inline, and keeps what was typed when saving fails.
 */
export function useSchemaForm<S extends z.ZodType<object>>(schema: S, initial: z.input<S>) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = useCallback(<K extends keyof z.input<S>>(key: K, value: z.input<S>[K]) => {
    setValues((v) => ({ ...(v as object), [key]: value }) as z.input<S>);
    setErrors((e) => {
      const { [key as string]: _gone, ...rest } = e;
      return rest;
    });
  }, []);
  /** Returns the parsed values, or null after showing the errors. */
  const validate = (): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return parsed.data;
    setErrors(fieldErrorsFrom(parsed.error.issues));
    focusFirstInvalid();
    return null;
  };
  /** Puts the core's field errors (if any) next to the fields. */
  const showServerError = (error: unknown) => {
    if (error instanceof PlannerClientError && error.issues) (setErrors(fieldErrorsFrom(error.issues)), focusFirstInvalid());
  };
  const [initialJson] = useState(() => JSON.stringify(initial));
  /** Something was typed since the form opened. */
  const dirty = JSON.stringify(values) !== initialJson;
  return { values, set, setValues, errors, validate, showServerError, dirty };
}

/**
 * After a failed save, focus goes to the first field marked invalid; its error is part of its description,
 * so a screen reader reads the field and what is wrong with it, once.
 */
function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"], dialog[open] [aria-invalid="true"]')?.focus());
}

/**
 * Ctrl/Cmd+Enter saves, Escape cancels — on the form element. With something typed (`dirty`), Escape
 * asks first (the app's own dialog, then back to the field on "Keep editing"): a slip never loses a draft.
 */
export function formKeys(onSave: () => void, onCancel?: () => void, dirty = false) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      if (!dirty) onCancel();
      else askToDiscard(onCancel, document.activeElement instanceof HTMLElement ? document.activeElement : null);
    }
  };
}
