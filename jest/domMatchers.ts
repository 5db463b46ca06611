// toBeInTheDocument, toHaveAccessibleName and friends for UI tests.
import '@testing-library/jest-dom/jest-globals';
