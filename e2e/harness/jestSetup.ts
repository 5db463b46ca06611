// A browser, a simulator and a page server per file: slower than unit tests, on 2 cores.
jest.setTimeout(120_000);
