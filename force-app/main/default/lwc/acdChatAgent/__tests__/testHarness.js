// Shared set-up for the shell's tests: a stand-in client bundle that records what the shell
// hands it, the utility bar API mock, and element creation.
import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import AcdChatAgent from 'c/acdChatAgent';

registerSa11yMatcher();

/** What a test client bundle saw: the options of each mount and each property change. */
export function installFakeClient() {
  const seen = { mounts: [], propertyChanges: [], unmounts: 0 };
  window.AcdChatClient = {
    mount(element, options) {
      const marker = document.createElement('p');
      marker.textContent = 'client mounted';
      element.appendChild(marker);
      seen.mounts.push({ element, options });
      return {
        changeProperties(properties) {
          seen.propertyChanges.push(properties);
        },
        unmount() {
          element.removeChild(marker);
          seen.unmounts += 1;
          return Promise.resolve();
        },
      };
    },
  };
  return seen;
}

export function createShell(properties = {}) {
  const element = createElement('c-acd-chat-agent', { is: AcdChatAgent });
  Object.assign(element, properties);
  document.body.appendChild(element);
  return element;
}

/** Lets loadScript's promise, the mount and the re-render settle. */
export async function flush() {
  for (let i = 0; i < 5; i += 1) {
    // eslint-disable-next-line no-await-in-loop -- each turn lets one more promise settle
    await Promise.resolve();
  }
}

export function removeAll() {
  while (document.body.firstChild) {
    document.body.removeChild(document.body.firstChild);
  }
  delete window.AcdChatClient;
}

/** Mounts a shell with the fake client and returns the CrmAdapter the shell handed it. */
export async function mountShell(properties = {}) {
  const seen = installFakeClient();
  const element = createShell(properties);
  await flush();
  const toasts = [];
  element.addEventListener('lightning__showtoast', (event) => toasts.push(event.detail));
  return { element, seen, toasts, crm: seen.mounts[0].options.crm };
}
