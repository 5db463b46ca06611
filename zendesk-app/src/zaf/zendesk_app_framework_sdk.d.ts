// The SDK ships no types; main.ts narrows what init returns to the ZafClient interface.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: {
    /** `false` unless the page URL carries `origin` and `app_guid`. */
    init(callback?: (context: unknown) => void): object | false;
  };
  export default ZAFClient;
}
