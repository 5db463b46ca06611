// Browser entry of the LWS stand-in page: @locker/near-membrane-dom, the open-source engine
// Lightning Web Security is built on, evaluates a script inside a membrane around the page's
// window, as Salesforce runs a component's static resource.
import createVirtualEnvironment from '@locker/near-membrane-dom';

declare global {
  interface Window {
    /** Evaluates `source` in a new sandbox over this window. */
    evaluateInLwsSandbox(source: string): void;
  }
}

window.evaluateInLwsSandbox = (source: string) => {
  const environment = createVirtualEnvironment(window, { keepAlive: true });
  environment.evaluate(source);
};
