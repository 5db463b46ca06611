// An SLDS select: label, the select in its container (the blueprint's arrow), help and
// error, and room for a button on its row (Assign). Options are the caller's <option>s.
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormElement, type FieldProps } from './FormElement';

type NativeSelect = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'value' | 'onChange' | 'className' | 'children'
>;

export interface SelectProps extends FieldProps, NativeSelect {
  value: string;
  onValueChange: (value: string) => void;
  /** The <option> elements. */
  children: ReactNode;
  /** On the select's row, after it (a button that acts on the choice). */
  action?: ReactNode;
}

export function Select({
  label,
  help,
  error,
  invalid,
  describedBy,
  className,
  id,
  value,
  onValueChange,
  children,
  action,
  ...native
}: SelectProps) {
  return (
    <FormElement {...{ label, help, error, invalid, describedBy, className, id }}>
      {(wiring) => {
        const select = (
          <div
            className={
              action === undefined ? 'slds-select_container' : 'slds-select_container slds-col'
            }
          >
            <select
              {...native}
              {...wiring}
              className="slds-select"
              value={value}
              onChange={(event) => onValueChange(event.target.value)}
            >
              {children}
            </select>
          </div>
        );
        return action === undefined ? (
          select
        ) : (
          <div className="slds-grid">
            {select}
            {action}
          </div>
        );
      }}
    </FormElement>
  );
}
