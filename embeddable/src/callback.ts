// callback.html: the platform's OAuth redirect lands here, in the sign-in window the client
// opened. It hands its address (code and state) to that client, on this origin only, and
// closes; opened any other way, it says so instead of doing anything with the code.
import { CALLBACK_MESSAGE, type CallbackMessage } from './signin/callbackMessage';

const opener = window.opener as Window | null;
const status = document.getElementById('status');
if (opener !== null && !opener.closed) {
  const message: CallbackMessage = { type: CALLBACK_MESSAGE, url: window.location.href };
  // The client frame that opened this window is on this origin; the target origin makes
  // sure nothing else receives the code.
  opener.postMessage(message, window.location.origin);
} else if (status !== null) {
  status.textContent =
    document.documentElement.lang === 'ja'
      ? 'サインイン画面から開かれていません。このウィンドウを閉じてください。'
      : 'This page was not opened by the sign-in. You can close this window.';
}
