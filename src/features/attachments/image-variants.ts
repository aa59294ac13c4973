import sharp from 'sharp';
import { createSlots } from './render-slots.ts';

export type ImageVariant = 'file' | 'preview';

/** The long side of `file_url` images, and the square of `preview_url` thumbnails (the seed's sizes). */
export const FILE_MAX_SIDE = 1600;
export const PREVIEW_SIDE = 250;

export const VARIANT_CONTENT_TYPE = 'image/jpeg';

/** Where a derivative is cached: beside nothing the client named, derived only from the random key. */
export function derivedKey(storageKey: string, variant: ImageVariant): string {
  return `derived/${storageKey.replace(/\.[A-Za-z0-9]+$/, '')}-${variant}.jpg`;
}

/**
 * A JPEG every client can show: EXIF orientation applied, transparency flattened onto white, `file` fitted
 * inside 1600 px without enlarging, `preview` a 250×250 centre crop. Throws when sharp cannot decode the image.
 */
export function renderVariant(original: Buffer, variant: ImageVariant): Promise<Buffer> {
  return render(original, variant);
}

/**
 * Two renders at a time: this machine class has two cores, and each decode may hold hundreds of MB. A
 * task reads its original only once it holds a slot, so waiting tasks hold no bytes; beyond 32 waiting,
 * a preview is answered "busy" (100503) rather than queued.
 */
export const renderSlots = createSlots(2, 32);

function render(original: Buffer, variant: ImageVariant): Promise<Buffer> {
  const image = sharp(original, { limitInputPixels: 100_000_000 }).rotate();
  const resized =
    variant === 'file'
      ? image.resize({ width: FILE_MAX_SIDE, height: FILE_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      : image.resize({ width: PREVIEW_SIDE, height: PREVIEW_SIDE, fit: 'cover', position: 'centre' });
  return resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
