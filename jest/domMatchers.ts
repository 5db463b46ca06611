// toBeInTheDocument, toHaveAccessibleName and friends for UI tests.
import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/dom';

// findBy*/waitFor poll for behaviour; their default 1 s deadline is a hang guard that a loaded
// CI core overran (a sign-in against the loopback simulator), so it is longer here.
configure({ asyncUtilTimeout: 5_000 });
