// An SLDS checkbox: the faux box and the label inside one <label>, so a click on the words
// toggles it and the words name it; help text (why it cannot change) describes it.
import { useId, type ReactNode } from 'react';
import { formElementClassName, useDescription } from './FormElement';

export interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  help?: ReactNode;
  className?: string;
}

export function Checkbox({
  label,
  checked,
  onCheckedChange,
  disabled,
  help,
  className,
}: CheckboxProps) {
  const id = useId();
  const { describedBy, lines } = useDescription({ help });
  return (
    <div className={formElementClassName(className)}>
      <div className="slds-form-element__control">
        <div className="slds-checkbox">
          <input
            type="checkbox"
            id={id}
            checked={checked}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => onCheckedChange(event.target.checked)}
          />
          <label className="slds-checkbox__label" htmlFor={id}>
            <span className="slds-checkbox_faux" />
            <span className="slds-form-element__label">{label}</span>
          </label>
        </div>
      </div>
      {lines}
    </div>
  );
}
