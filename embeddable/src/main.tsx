// The Embeddable Framework client page (index.html): everything starts from config.json.
// callback.html loads this same script and only hands the sign-in's answer to its opener.
import { runCallback } from './callback';
import { startEmbeddable } from './startEmbeddable';

const element = document.getElementById('agent-client');
if (element !== null) {
  startEmbeddable(element, window).catch((error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = error instanceof Error ? error.message : String(error);
    element.replaceChildren(message);
  });
} else runCallback();
