// An SLDS multi-line field (notes, the reply): label, textarea, help and error.
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FormElement, type FieldProps } from './FormElement';

type NativeTextarea = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'className' | 'children'
>;

export interface TextareaProps extends FieldProps, NativeTextarea {
  value: string;
  onValueChange: (value: string) => void;
  /** Between the textarea and the help/error text (a counter with a Send button). */
  below?: ReactNode;
}

export function Textarea({
  label,
  help,
  error,
  invalid,
  describedBy,
  className,
  id,
  below,
  value,
  onValueChange,
  rows = 3,
  ...native
}: TextareaProps) {
  return (
    <FormElement {...{ label, help, error, invalid, describedBy, className, id, below }}>
      {(wiring) => (
        <textarea
          {...native}
          {...wiring}
          className="slds-textarea"
          rows={rows}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FormElement>
  );
}
