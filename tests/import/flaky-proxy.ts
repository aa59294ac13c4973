import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyProxy {
  readonly url: string;
  readonly counts: { requests: number; throttled: number; dropped: number };
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of a server that misbehaves deterministically, by request number: every 10th
 * request (from the 3rd) answers 429 with `Retry-After: 1`, every 20th (from the 7th) has its connection
 * destroyed before any answer. Everything else is passed through as is.
 */
export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  const counts = { requests: 0, throttled: 0, dropped: 0 };
  const server = http.createServer((req, res) => {
    const n = ++counts.requests;
    if (n % 10 === 3) {
      counts.throttled++;
      req.resume();
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('Retry later\n');
      return;
    }
    if (n % 20 === 7) {
      counts.dropped++;
      req.socket.destroy();
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
