// sfdx-lwc-jest ships no lightning/platformUtilityBarApi module: each test provides a jest mock
// with this module (`jest.mock(..., () => require('./utilityBarMock').create(), { virtual: true })`).
export function create() {
  const { createTestWireAdapter } = require('@salesforce/wire-service-jest-util');
  return {
    EnclosingUtilityId: createTestWireAdapter(jest.fn()),
    updateUtility: jest.fn(() => Promise.resolve(true)),
    open: jest.fn(() => Promise.resolve(true)),
  };
}
