import type { AddressInfo } from 'node:net';
import type { TestDialect } from './dialects.ts';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app.ts';

export interface ListeningApp extends TestApp {
  /** `http://127.0.0.1:<random port>`: the app as a client over the network sees it. */
  readonly baseUrl: string;
  /** The same call through app.inject: what the wire says, to compare a client's answer with. */
  wire(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, body?: unknown): Promise<{ code: number; data: unknown }>;
}

/** A full test app on its own database, listening on a random local port (for clients that speak HTTP). */
export async function createListeningApp(dialect: TestDialect, options: TestAppOptions = {}): Promise<ListeningApp> {
  const t = await createTestApp(dialect, options);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const wire: ListeningApp['wire'] = async (method, url, token, body) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { authorization: `Token token=${token}, device=open_api`, host: `127.0.0.1:${port}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return response.json() as { code: number; data: unknown };
  };
  return Object.assign(t, { baseUrl, wire });
}
