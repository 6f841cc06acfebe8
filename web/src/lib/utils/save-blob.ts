/** Hands a Blob to the browser as a file download, through a short-lived object URL. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser (and slow WebViews) time to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
