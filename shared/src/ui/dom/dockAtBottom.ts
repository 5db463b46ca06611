// The sticky action area of a utility panel (SLDS's docked footer idiom): the reply box's
// Send and the wrap-up's Done stay at the bottom of the panel while what is above them (the
// transcript, the page with the list, the code list) scrolls. SLDS has no sticky utility
// class and the hosts ship no app stylesheet, so the element gets its position inline
// (setInlineStyles: applies inside Lightning Web Security too). It sticks only while its
// own section is on screen, so it never covers another part of the client. The element
// carries `slds-theme_default` so what scrolls under it does not show through.
import { setInlineStyles } from './inlineStyles';

const DOCKED = { position: 'sticky', bottom: '0', zIndex: '1' } as const;

/** A ref callback: docks the element at the bottom of the scrolling panel. */
export function dockAtBottom(element: HTMLElement | null): void {
  if (element !== null) setInlineStyles(element, DOCKED);
}
