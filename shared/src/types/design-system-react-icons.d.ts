// design-system-react's inline icon data (icons/<category>/<name>) ships without types.
// Passing these to <Icon icon={...}> draws the SVG inline, so no sprite file is needed.
declare module '@salesforce/design-system-react/icons/utility/*' {
  const icon: { viewBox: string; xmlns: string; path: { d: string } | { d: string }[] };
  export default icon;
}
