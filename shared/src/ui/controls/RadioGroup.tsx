// SLDS radio buttons in a fieldset: the legend names the group, each label its button; the
// arrow keys move between them (native radios sharing a name).
import { useId, type ReactNode } from 'react';
import { formElementClassName } from './FormElement';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  /** The radios' shared name (one group per form). */
  name: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onValueChange: (value: V) => void;
  className?: string;
}

export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onValueChange,
  className,
}: RadioGroupProps<V>) {
  const base = useId();
  return (
    <fieldset className={formElementClassName(className)}>
      <legend className="slds-form-element__legend slds-form-element__label">{legend}</legend>
      <div className="slds-form-element__control">
        {options.map((option) => {
          const id = `${base}-${option.value}`;
          return (
            <span className="slds-radio" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onValueChange(option.value)}
              />
              <label className="slds-radio__label" htmlFor={id}>
                <span className="slds-radio_faux" />
                <span className="slds-form-element__label">{option.label}</span>
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
