import { connect, type Socket } from 'node:net';

/** An answer read off a raw socket: status, lower-case headers, body text. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Parses the HTTP/1.1 answer text a server wrote (chunked bodies decoded). */
export function parseAnswer(text: string): RawAnswer {
  // Skip interim answers (100 Continue).
  const answers = text.split(/(?=HTTP\/1\.1 )/).filter((part) => !part.startsWith('HTTP/1.1 1'));
  const answer = answers[0] ?? '';
  const end = answer.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = answer.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  let body = answer.slice(end + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    let decoded = '';
    for (let rest = body; rest.length > 0;) {
      const size = parseInt(rest, 16);
      if (!size) break;
      const start = rest.indexOf('\r\n') + 2;
      decoded += rest.slice(start, start + size);
      rest = rest.slice(start + size + 2);
    }
    body = decoded;
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** Opens a raw TCP connection to the server at `baseUrl`. */
export async function rawSocket(baseUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return socket;
}

/** Everything the server writes on `socket` until it closes the connection. */
export function readUntilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => resolve(text));
    socket.on('close', () => resolve(text));
  });
}

/** Sends `parts` in order on a new connection and reads the answer until the server closes it. */
export async function rawExchange(baseUrl: string, ...parts: (string | Buffer)[]): Promise<RawAnswer> {
  const socket = await rawSocket(baseUrl);
  const answer = readUntilClosed(socket);
  for (const part of parts) socket.write(part);
  return parseAnswer(await answer);
}
