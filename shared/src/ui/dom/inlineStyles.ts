// Inline styles written so they reach the element inside Lightning Web Security too.
//
// LWS runs the Salesforce bundle inside a membrane (@locker/near-membrane-dom). Chromium
// exposes CSS properties (`height`, `transform`, ...) as own properties of each
// CSSStyleDeclaration, so inside the membrane `el.style.height = '10px'` lands on the
// sandbox's shadow copy of the object and never on the element: React's `style` prop, which
// assigns exactly that way, silently does nothing there. A method call goes through the
// membrane to the real object, so styles set with `setProperty` apply everywhere.

export type InlineStyles = Readonly<Record<string, string>>;

function kebab(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Sets each style with `style.setProperty`; an empty string removes it. */
export function setInlineStyles(element: HTMLElement, styles: InlineStyles): void {
  for (const [name, value] of Object.entries(styles)) {
    if (value === '') element.style.removeProperty(kebab(name));
    else element.style.setProperty(kebab(name), value);
  }
}
