/**
 * The HTTP floor: a bare node:http server answering each path with the bytes Genjin answered for it,
 * JSON.stringify'd afresh on every request (what any JSON API pays at least). Started by bench/run.ts with a
 * file of { "METHOD path": body } and a port.
 */
import fs from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
const bodies = new Map<string, unknown>(Object.entries(JSON.parse(fs.readFileSync(file!, 'utf8')) as Record<string, unknown>));

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = bodies.get(`${req.method} ${req.url}`);
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    });
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
