// An SLDS icon button: where a word does not fit (a 320-px sidebar) the control shows an
// icon, and its accessible name (and tooltip) is the word it replaces.
import { forwardRef, type ButtonHTMLAttributes } from 'react';

/** The shape of design-system-react's icon data (`icons/utility/<name>`). */
export interface IconData {
  viewBox: string;
  path?: { d: string } | { d: string }[];
}

export interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'type' | 'title'
> {
  /** The accessible name, also shown as the tooltip. */
  label: string;
  icon: IconData;
  /** On a dark ground (a notice): the inverse colours. */
  inverse?: boolean;
  /** Bordered (`slds-button_icon-border-filled`) instead of bare. */
  bordered?: boolean;
}

export function IconGlyph({ icon, className }: { icon: IconData; className: string }) {
  const paths = icon.path === undefined ? [] : Array.isArray(icon.path) ? icon.path : [icon.path];
  return (
    <svg className={className} viewBox={icon.viewBox} aria-hidden="true" focusable="false">
      {paths.map((p) => (
        <path key={p.d} d={p.d} />
      ))}
    </svg>
  );
}

export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, inverse = false, bordered = false, className, ...rest },
  ref,
) {
  const classes = ['slds-button', 'slds-button_icon', 'slds-shrink-none'];
  if (inverse) classes.push('slds-button_icon-inverse');
  else if (bordered) classes.push('slds-button_icon-border-filled');
  if (className !== undefined) classes.push(className);
  return (
    <button ref={ref} type="button" className={classes.join(' ')} title={label} {...rest}>
      <IconGlyph icon={icon} className="slds-button__icon" />
      <span className="slds-assistive-text">{label}</span>
    </button>
  );
});
