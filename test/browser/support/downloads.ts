/** The files a page offered for download while captured: the Blobs and the names clicked. */
export interface CapturedDownloads {
  /** Each Blob handed to `URL.createObjectURL`, in order. */
  created: Blob[];
  /** The `download` name of each link clicked, in order. */
  clicked: string[];
  /** Puts `URL.createObjectURL` and the link click back. */
  restore(): void;
}

/**
 * Captures the downloads the page starts (an object URL and a link click) instead of letting the
 * browser save them; call `restore()` in a `finally`.
 */
export function captureDownloads(): CapturedDownloads {
  const created: Blob[] = [];
  const clicked: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  return {
    created,
    clicked,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
