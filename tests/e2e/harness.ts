/** The end-to-end tests drive the same Chromium launcher as `npm start` and the page benchmark. */
export * from '../../scripts/chromium/extension-browser';
