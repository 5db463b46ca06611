// Hands the agent a text file (the diagnostics), the way browsers download: a blob URL on a
// temporary link, clicked, then revoked.
export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const view = doc.defaultView;
  if (view === null) throw new Error('No window to download from');
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the click has been handled: some browsers read the URL asynchronously.
    view.setTimeout(() => {
      view.URL.revokeObjectURL(url);
    }, 1_000);
  }
}

/** The diagnostics file's name (kept here so views do not bundle the report builder). */
export function diagnosticsFileName(now: number): string {
  return `acd-diagnostics-${new Date(now).toISOString().replace(/[:.]/g, '-')}.json`;
}
