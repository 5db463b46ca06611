// An SLDS text or search field: label, input, help and error (FormElement), and room for
// a button on the input's row (Find, Create).
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormElement, type FieldProps } from './FormElement';

type NativeInput = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'value' | 'onChange' | 'className' | 'children'
>;

export interface TextInputProps extends FieldProps, NativeInput {
  value: string;
  onValueChange: (value: string) => void;
  type?: 'text' | 'search';
  /** On the input's row, after it (a button that acts on the text). */
  action?: ReactNode;
}

export function TextInput({
  label,
  help,
  error,
  invalid,
  describedBy,
  className,
  id,
  value,
  onValueChange,
  type = 'text',
  action,
  ...native
}: TextInputProps) {
  return (
    <FormElement {...{ label, help, error, invalid, describedBy, className, id }}>
      {(wiring) => {
        const input = (
          <input
            {...native}
            {...wiring}
            type={type}
            className="slds-input"
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
          />
        );
        return action === undefined ? (
          input
        ) : (
          <div className="slds-grid">
            {input}
            {action}
          </div>
        );
      }}
    </FormElement>
  );
}

/** A search box: the same field with `type="search"` (Escape clears it in browsers). */
export function SearchInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput {...props} type="search" />;
}
