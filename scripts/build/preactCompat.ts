// The builds render the React UI with Preact's React-compatible layer (`preact/compat`):
// React DOM alone was a third of every bundle (about 40 KB of 120 KB gzip), Preact and its
// compat layer weigh about 5 KB. Source, types, design-system-react and the jest tests keep
// importing `react`; only the shipped bundles swap the runtime, and each host's browser tests
// run those bundles (the standalone and demo pages' production build too; Vite's development
// server keeps React DOM). A string alias also maps the subpaths (`react/jsx-runtime`,
// `react-dom/client`), which preact/compat provides under the same names.
import type { Alias } from 'vite';

export const preactCompat: Alias[] = [
  { find: 'react-dom', replacement: 'preact/compat' },
  { find: 'react', replacement: 'preact/compat' },
];
