/** How much of a request body has been sent. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send, when known. */
  total: number | undefined;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** The headers of `getAllResponseHeaders()` as a `Headers`. */
function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` made on `XMLHttpRequest`, for the one thing fetch cannot do in browsers: report upload
 * progress (PJ-3). Same contract as fetch for what the client uses: method, headers, string body,
 * credentials (`include` → `withCredentials`), abort signal (rejects with an `AbortError`), network
 * failure (rejects with a `TypeError`); resolves with a `Response`.
 */
export function xhrFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? 'GET', String(input));
      new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.withCredentials = init.credentials === 'include';
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) =>
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : undefined });
      xhr.onload = () => {
        const body = NULL_BODY_STATUSES.has(xhr.status) ? null : (xhr.response as Blob);
        resolve(
          new Response(body, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
      if (init.signal?.aborted) {
        reject(new DOMException('The request was aborted.', 'AbortError'));
        return;
      }
      init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send((init.body as XMLHttpRequestBodyInit | null | undefined) ?? null);
    });
}
