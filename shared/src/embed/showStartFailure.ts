/** A page that could not start says why in its client's place, as an alert (no HTML). */
export function showStartFailure(element: Element, error: unknown): void {
  const message = element.ownerDocument.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  element.replaceChildren(message);
}
