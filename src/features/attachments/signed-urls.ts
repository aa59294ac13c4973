import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Attachment links are signed with an expiry so an `<img>` tag can load them without a token, yet they
 * cannot be guessed or reused forever. The signature covers the attachment id, the variant and the expiry.
 */
export const ATTACHMENT_VARIANTS = ['origin', 'file', 'preview', 'download', 'public'] as const;
export type AttachmentVariant = (typeof ATTACHMENT_VARIANTS)[number];

/** Links stay valid this long; a list read refreshes them. */
export const SIGNED_URL_TTL_MS = 7 * 86_400_000;

export interface UrlSigner {
  sign(attachmentId: number, variant: AttachmentVariant, expiresAt: number): string;
  verify(attachmentId: number, variant: AttachmentVariant, expiresAt: number, signature: string, now: number): boolean;
  /** Switches to a key shared with other instances (see features/instance/signing-key.service.ts). */
  useKey(key: string): void;
}

const SIGNATURE_CACHE_SIZE = 50_000;

export function createUrlSigner(secret: string | undefined): UrlSigner {
  // Until a configured or shared key is set, a process-local one keeps links unforgeable.
  let key = secret ?? randomBytes(32).toString('hex');
  const mac = (id: number, variant: string, exp: number) =>
    createHmac('sha256', key).update(`${id}:${variant}:${exp}`).digest('base64url');
  // A signature depends only on the key and its three inputs, and the expiry moves once an hour, so a list
  // read signs the same links again and again (5 per attachment): remembered until the key changes. Bounded;
  // emptied whole when full (the entries of past hours are dead anyway).
  const signed = new Map<string, string>();
  return {
    useKey: (shared) => {
      key = shared;
      signed.clear();
    },
    sign: (id, variant, exp) => {
      const name = `${id}:${variant}:${exp}`;
      let sig = signed.get(name);
      if (sig === undefined) {
        if (signed.size >= SIGNATURE_CACHE_SIZE) signed.clear();
        signed.set(name, (sig = mac(id, variant, exp)));
      }
      return sig;
    },
    verify(id, variant, exp, signature, now) {
      if (!Number.isSafeInteger(exp) || exp < now) return false;
      const expected = Buffer.from(mac(id, variant, exp));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/**
 * `/files/<id>/<variant>/<name>?exp=…&sig=…`. The expiry is rounded up to the next hour so the same link is
 * handed out for an hour (browsers and CDNs can cache it).
 */
export function signedAttachmentUrl(
  baseUrl: string,
  signer: UrlSigner,
  attachment: { id: number; name: string },
  variant: AttachmentVariant,
  now: number,
): string {
  const hour = 3_600_000;
  const exp = Math.ceil((now + SIGNED_URL_TTL_MS) / hour) * hour;
  const sig = signer.sign(attachment.id, variant, exp);
  return `${baseUrl}/files/${attachment.id}/${variant}/${encodeURIComponent(attachment.name)}?exp=${exp}&sig=${sig}`;
}
