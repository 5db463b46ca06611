// The SLDS form element (label, control, help and error text) written once: every field of
// the UI and of the hosts' own pages renders through it, so the label names the control and
// the help and error texts describe it (aria-describedby) the same way everywhere.
import { useId, type ReactNode } from 'react';

export interface FieldProps {
  /** The visible label, and so the control's accessible name. */
  label: ReactNode;
  /** Under the control, describing it (e.g. "Set by your administrator"). */
  help?: ReactNode;
  /** Why the value is refused: under the control, announced, and the control is invalid. */
  error?: ReactNode;
  /** Invalid without an error line here (a limit passed, the reason shown elsewhere). */
  invalid?: boolean;
  /** Ids of other text that describes the control (a counter, an error shown elsewhere). */
  describedBy?: string;
  /** Classes on the form element itself (spacing, grid columns). */
  className?: string;
  /** A fixed id for the control (a page whose ids are part of its markup); else generated. */
  id?: string;
}

/** What the control needs to be named and described by its form element. */
export interface ControlWiring {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
}

export interface FormElementProps extends FieldProps {
  /** Between the control and the help/error text (a counter with a Send button). */
  below?: ReactNode;
  /** Renders the control (and anything on its row) with the wiring spread on the control. */
  children: (wiring: ControlWiring) => ReactNode;
}

export function formElementClassName(className: string | undefined): string {
  return className === undefined ? 'slds-form-element' : `slds-form-element ${className}`;
}

/** The help and error lines under a control, and the ids that point at them. */
export function useDescription(
  props: Pick<FieldProps, 'help' | 'error' | 'invalid' | 'describedBy'>,
) {
  const base = useId();
  const helpId = `${base}-help`;
  const errorId = `${base}-error`;
  const hasHelp = props.help !== undefined && props.help !== null;
  const hasError = props.error !== undefined && props.error !== null;
  const ids = [props.describedBy, hasHelp ? helpId : undefined, hasError ? errorId : undefined]
    .filter((id) => id !== undefined && id !== '')
    .join(' ');
  const invalid = props.invalid ?? (hasError ? true : undefined);
  const lines = (
    <>
      {hasHelp && (
        <div id={helpId} className="slds-form-element__help">
          {props.help}
        </div>
      )}
      {hasError && (
        <div id={errorId} role="alert" className="slds-form-element__help slds-text-color_error">
          {props.error}
        </div>
      )}
    </>
  );
  return {
    describedBy: ids === '' ? undefined : ids,
    invalid,
    lines,
  };
}

export function FormElement(props: FormElementProps) {
  const { label, className, below, children } = props;
  const generated = useId();
  const id = props.id ?? generated;
  const { describedBy, invalid, lines } = useDescription(props);
  return (
    <div className={formElementClassName(className)}>
      <label className="slds-form-element__label" htmlFor={id}>
        {label}
      </label>
      <div className="slds-form-element__control">
        {children({ id, 'aria-describedby': describedBy, 'aria-invalid': invalid })}
      </div>
      {below}
      {lines}
    </div>
  );
}
