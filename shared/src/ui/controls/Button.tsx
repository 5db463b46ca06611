// An SLDS button: the blueprint's classes on a native <button>. design-system-react's Button
// brings its tooltip, popper and prop-types along (about 15 KB gzip in every bundle) for
// features we never use; the markup and the accessible name are the same.
import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'neutral' | 'brand' | 'outline-brand' | 'destructive' | 'base';

export interface ButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'type'
> {
  /** The visible text, and so the accessible name unless aria-label says otherwise. */
  label: string;
  variant?: ButtonVariant;
  /** On a dark ground (a notice): the inverse colours. */
  inverse?: boolean;
  type?: 'button' | 'submit';
}

export function buttonClassName(variant: ButtonVariant, inverse: boolean, extra = ''): string {
  const classes = ['slds-button'];
  if (inverse) classes.push('slds-button_inverse');
  else if (variant !== 'base') classes.push(`slds-button_${variant}`);
  if (extra !== '') classes.push(extra);
  return classes.join(' ');
}

export function Button({
  label,
  variant = 'neutral',
  inverse = false,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button type={type} className={buttonClassName(variant, inverse, className)} {...rest}>
      {label}
    </button>
  );
}
