import { errorOf, type Transport } from './transport.ts';

export interface Download {
  bytes: Uint8Array;
  /** The answer's Content-Type ('' when none). */
  contentType: string;
  /** From Content-Disposition (`filename*` first), else the URL's last segment. */
  fileName: string;
}

/** RFC 6266: `filename*=UTF-8''…` wins over the ASCII fallback `filename="…"`. */
export function fileNameOf(disposition: string | null, url: string): string {
  if (disposition) {
    const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
    if (extended?.[2]) {
      try {
        return decodeURIComponent(extended[2].trim());
      } catch {
        // a malformed escape: fall back to the plain name
      }
    }
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(disposition);
    if (plain) return (plain[2] ?? plain[1] ?? '').replace(/\\(.)/g, '$1').trim();
  }
  const last = new URL(url, 'http://x').pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Fetches a signed file link (`file_url`, `download_url` …). No token is sent: the signature is the
 * credential, and the link may point at another host.
 */
export async function download(transport: Transport, url: string): Promise<Download> {
  const absolute = transport.urlOf(url);
  const response = await transport.send('GET', absolute, {}, false);
  if (!response.ok) throw errorOf(response.status, await response.text());
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
    fileName: fileNameOf(response.headers.get('content-disposition'), absolute),
  };
}
