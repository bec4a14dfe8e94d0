/**
 * Offers a downloaded file to the user under its name (PJ-3 download, ZIP of a selection): a Blob
 * behind a temporary object URL, clicked through an anchor with `download`, never rendered in the
 * page (PJ-2: active content is only ever a download).
 */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
