// lightning/navigation with the navigations and URLs recorded, so tests can see where the
// shell sends the agent. Used as `jest.mock('lightning/navigation', () => require('./navigationMock').create())`.
export function create() {
  const { createTestWireAdapter } = require('@salesforce/wire-service-jest-util');
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
  const navigate = jest.fn();
  const generateUrl = jest.fn((pageReference) => {
    const { objectApiName, recordId, actionName } = pageReference.attributes;
    return Promise.resolve(
      recordId
        ? `/lightning/r/${objectApiName}/${recordId}/${actionName}`
        : `/lightning/o/${objectApiName}/${actionName}?defaultFieldValues=${encodeURIComponent(pageReference.state.defaultFieldValues)}`,
    );
  });
  const NavigationMixin = (Base) =>
    class extends Base {
      [Navigate](pageReference) {
        navigate(pageReference);
      }
      [GenerateUrl](pageReference) {
        return generateUrl(pageReference);
      }
    };
  NavigationMixin.Navigate = Navigate;
  NavigationMixin.GenerateUrl = GenerateUrl;
  return {
    CurrentPageReference: createTestWireAdapter(jest.fn()),
    NavigationMixin,
    navigate,
    generateUrl,
  };
}
