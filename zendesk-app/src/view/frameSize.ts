// The top bar's frame size, shared by the view (which asks Zendesk to resize to it) and the
// manifest check (which holds manifest.json's top_bar size to the same width).
export const TOP_BAR_WIDTH = '400px';
