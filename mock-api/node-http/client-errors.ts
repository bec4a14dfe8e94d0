import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_MEDIA_TYPE } from '../../src/domain/schemas/index.js';
import { problemOf } from '../http/problem.js';
import { refuse, type RuleError } from '../rules/errors.js';

/** The refusal of a request Node's HTTP parser rejected, by the parser's error code. */
function refusalOf(code: string | undefined): RuleError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return refuse('HEADERS_TOO_LARGE', undefined, {
        fr: 'L’adresse ou les en-têtes de la demande sont trop longs.',
        en: 'The request address or headers are too long.',
      });
    case 'HPE_INVALID_METHOD':
      return refuse('METHOD_NOT_ALLOWED', undefined, { fr: 'Méthode HTTP inconnue.', en: 'Unknown HTTP method.' }, [], {
        allow: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return refuse('REQUEST_TIMEOUT', undefined, {
        fr: 'La demande n’a pas été reçue à temps.',
        en: 'The request was not received in time.',
      });
    default:
      return refuse('INVALID', undefined, { fr: 'Demande HTTP mal formée.', en: 'Malformed HTTP request.' });
  }
}

/** The raw HTTP/1.1 text of a problem+json answer that closes the connection. */
export function rawProblemAnswer(error: RuleError, extraHeaders: Readonly<Record<string, string>>): string {
  const body = JSON.stringify(problemOf(error));
  const headers: Record<string, string> = {
    ...extraHeaders,
    'content-type': PROBLEM_MEDIA_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...(error.extras.allow ? { allow: error.extras.allow.join(', ') } : {}),
  };
  const lines = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\n${lines}\r\n${body}`;
}

/**
 * Node's `clientError`: a request its parser refused (431 address or headers too long, 405 unknown
 * method, 400 malformed) or one not received within the header or request timeout (408), answered
 * as problem+json when nothing was sent on the socket yet; a client that reset the connection is
 * let go. The socket is closed either way, and the server goes on.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Duplex,
  extraHeaders: Readonly<Record<string, string>>,
): void {
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(rawProblemAnswer(refusalOf(error.code), extraHeaders));
}
