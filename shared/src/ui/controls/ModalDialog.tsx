// A modal dialog on the native <dialog>: showModal() gives the focus trap, Escape and the
// inert page behind for free, where design-system-react's Modal needs react-modal and
// popper. SLDS modal classes give it the blueprint's look.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { setInlineStyles } from '../dom/inlineStyles';

interface Props {
  /** The dialog's accessible name. */
  label: string;
  /** Text, or a translated sentence with isolated values (`Translated`). */
  heading: ReactNode;
  onClose: () => void;
  footer: ReactNode;
  children: ReactNode;
}

/** The UA's dialog box would frame SLDS's own container: the dialog only covers the page. */
const BARE_DIALOG = {
  padding: '0',
  border: '0',
  background: 'transparent',
  maxWidth: 'none',
  maxHeight: 'none',
  width: '100%',
  height: '100%',
} as const;

export function ModalDialog({ label, heading, onClose, footer, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Before the first paint, so the dialog never shows outside the top layer.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    // Not the style prop: it does nothing inside Lightning Web Security (inlineStyles.ts).
    setInlineStyles(dialog, BARE_DIALOG);
    // jsdom has no showModal(); the open attribute still shows and names the dialog there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="slds-modal slds-fade-in-open"
      aria-label={label}
      onCancel={(event) => {
        // Escape: the owner decides (it unmounts the dialog), not the browser.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="slds-modal__container">
        <div className="slds-modal__header">
          <h2 className="slds-modal__title slds-hyphenate">{heading}</h2>
        </div>
        <div className="slds-modal__content">{children}</div>
        <div className="slds-modal__footer">{footer}</div>
      </div>
    </dialog>
  );
}
