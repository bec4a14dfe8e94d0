/**
 * Offers a text document to the user as a file download (X-3 CSV exports): a Blob behind a temporary
 * object URL, clicked through an anchor with `download`, then released. Works in every evergreen
 * browser without a dependency; the anchor never enters the page.
 */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  // Revoke after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
