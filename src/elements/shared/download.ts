/**
 * Offers a file to the user under its name (PJ-3 downloads, ZIP of a selection, RIB files, CSV
 * exports): a Blob behind a temporary object URL, clicked through an anchor with `download`, then
 * released. The anchor never enters the page and the content is never rendered (PJ-2: active
 * content is only ever a download). Works in every evergreen browser without a dependency.
 */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  // Revoke after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers a CSV text as a UTF-8 file download. */
export function downloadCsv(filename: string, csv: string): void {
  saveBlob(filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
