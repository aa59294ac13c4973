import type { FastifyInstance } from 'fastify';

export interface ApiAnswer {
  code: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on exact wire JSON
  data: any;
  error?: string;
  message?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any;
}

/** Calls the API with a token in the Authorization header, as most IKCRM clients do. */
export function apiClient(app: FastifyInstance) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, body?: unknown, form = false): Promise<ApiAnswer> => {
    const response = await app.inject({
      method,
      url,
      headers: {
        authorization: `Token token=${token}, device=open_api, version_code=9.9.9`,
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body === undefined ? {} : form ? { payload: String(body) } : { payload: body as object }),
    });
    if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}: ${response.body}`);
    return response.json() as ApiAnswer;
  };
  return {
    get: (url: string, token: string) => call('GET', url, token),
    post: (url: string, token: string, body: unknown = {}) => call('POST', url, token, body),
    postForm: (url: string, token: string, form: string) => call('POST', url, token, form, true),
    put: (url: string, token: string, body: unknown = {}) => call('PUT', url, token, body),
    del: (url: string, token: string) => call('DELETE', url, token),
  };
}
