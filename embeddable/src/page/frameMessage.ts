// When the client cannot start (no config, a parent it may not run under), the frame says so
// in words instead of staying blank.
export function showFrameMessage(element: HTMLElement, heading: string, text: string): void {
  const doc = element.ownerDocument;
  const main = doc.createElement('main');
  main.className = 'slds-p-around_medium';
  const title = doc.createElement('h1');
  title.className = 'slds-text-heading_small slds-m-bottom_small';
  title.textContent = heading;
  const message = doc.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  main.append(title, message);
  element.replaceChildren(main);
}
