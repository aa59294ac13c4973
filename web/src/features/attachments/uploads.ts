import { useCallback, useState } from 'react';
import { apiUpload } from '../../api/client.ts';
import type { Attachment } from '../../api/wire.ts';

export type SubType = 'image' | 'file' | 'audio';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  /** Set once the server has stored it. */
  id?: number;
  previewUrl?: string;
  progress: number;
  error?: string;
}

const MAX_SIDE = 1600;

/**
 * Phone photos are 3–8 MB; the server keeps at most a 1600 px JPEG for display anyway, so the browser sends
 * that instead (EXIF orientation applied), which makes uploads on mobile data 10–20× smaller.
 */
export async function compressImage(file: File): Promise<Blob> {
  if (!file.type.startsWith('image/') || file.type === 'image/gif') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 400 * 1024) {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}

function jpegName(name: string): string {
  return name.replace(/\.[^.]+$/, '') + '.jpg';
}

/** A list of uploads of one kind: each starts at once, reports progress, and ends with its attachment id. */
export function useUploads(subType: SubType, initial: UploadItem[] = []) {
  const [items, setItems] = useState<UploadItem[]>(initial);
  const patch = (key: string, change: Partial<UploadItem>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const add = useCallback(
    async (file: File | Blob, name: string) => {
      const key = crypto.randomUUID();
      const previewUrl = subType === 'image' ? URL.createObjectURL(file) : undefined;
      setItems((list) => [...list, { key, name, size: file.size, previewUrl, progress: 0 }]);
      try {
        const body = subType === 'image' && file instanceof File ? await compressImage(file) : file;
        const finalName = body !== file && subType === 'image' ? jpegName(name) : name;
        const form = new FormData();
        form.append('sub_type', subType);
        form.append('file', body, finalName);
        const stored = await apiUpload<Attachment>('/attachments', form, (p) => patch(key, { progress: p }));
        patch(key, { id: stored.id, progress: 1, size: stored.file_file_size, name: stored.name, previewUrl: stored.preview_url || previewUrl });
      } catch (error) {
        patch(key, { error: error instanceof Error ? error.message : String(error) });
      }
    },
    [subType],
  );

  const remove = (key: string) => setItems((list) => list.filter((i) => i.key !== key));
  const reset = (next: UploadItem[] = []) => setItems(next);
  const pending = items.some((i) => i.id === undefined && !i.error);
  return { items, add, remove, reset, pending, ids: items.flatMap((i) => (i.id === undefined ? [] : [i.id])) };
}
