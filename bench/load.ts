import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

export function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
  return { requests: sorted.length, errors, rps: sorted.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** `concurrency` loops each running `once` back to back for `seconds`; latency in ms per call. */
export async function closedLoop(concurrency: number, seconds: number, once: () => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const ok = await once().catch(() => false);
        if (ok) latencies.push(performance.now() - t);
        else errors++;
      }
    }),
  );
  return summarize(latencies, errors, (performance.now() - start) / 1000);
}

export interface HttpTarget {
  port: number;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** An HTTP/1.1 keep-alive client: one socket per loop, the response read to the end. */
export function httpCaller(target: HttpTarget, concurrency: number): { once: () => Promise<boolean>; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const headers = { ...target.headers, ...(target.body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(target.body)) } : {}) };
  const once = () =>
    new Promise<boolean>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: target.port, method: target.method, path: target.path, headers, agent }, (res) => {
        let size = 0;
        res.on('data', (c: Buffer) => (size += c.length));
        res.on('end', () => resolve(res.statusCode === 200 && size > 0));
        res.on('error', () => resolve(false));
      });
      req.on('error', () => resolve(false));
      req.end(target.body);
    });
  return { once, close: () => agent.destroy() };
}
