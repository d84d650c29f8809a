import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** translated error, shown under the control and tied to it with aria-describedby */
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
  required?: boolean;
}

/** A labelled control with its hint and error wired for screen readers. */
export function FormField({ label, error, hint, children, className, required }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })
    : children;
  return (
    <div className={`kit-stack form-field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {hint && (
        <div id={hintId} className="muted small">
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className="field-error">
          {error}
        </div>
      )}
    </div>
  );
}

/** A checkbox (the child input) with its label and a hint after it. */
export function CheckField({ label, hint, children }: { label: string; hint: string; children: ReactElement }) {
  return (
    <label className="checkbox form-check">
      {children}
      <span>
        {label}
        <span className="muted small field-hint">{hint}</span>
      </span>
    </label>
  );
}
