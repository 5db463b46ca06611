// Node 25+ defines a global `localStorage` whose getter prints an ExperimentalWarning unless
// node runs with --localstorage-file (a flag Node 20 rejects). MSW's cookie store reads
// `localStorage` when it loads; the simulator keeps its cookies in memory anyway, so hide the
// accessor before MSW loads and every Node behaves as Node 20-24 do. Import this module first.
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
if (descriptor?.get !== undefined && descriptor.configurable === true) {
  Object.defineProperty(globalThis, 'localStorage', {
    value: undefined,
    configurable: true,
    writable: true,
  });
}

export {};
