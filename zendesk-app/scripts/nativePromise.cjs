// Stands in for the ZAF SDK's bundled Promise polyfill (lib/vendor/native-promise-only):
// the SDK only falls back to it when `window.Promise` is missing, which no browser Zendesk
// supports is, but a bundler cannot know that and ships the polyfill (about 1 KB gzip).
// eslint-disable-next-line no-undef -- a CommonJS module: the SDK require()s it.
module.exports = globalThis.Promise;
