import type { UploadItem } from '../attachments/uploads.ts';

/** What 写跟进 keeps in localStorage while typing, so a reload or a crash loses nothing. */
export interface Draft {
  loggable: { type: string; id: number; name: string } | null;
  category: string;
  content: string;
  address: string;
  /** From the browser's geolocation (定位), sent as revisit_log[lat]/[lng]. */
  lat?: number;
  lng?: number;
  atUserIds: number[];
  remindAt: string;
  realRevisitAt: string;
  status: string;
  images: UploadItem[];
  files: UploadItem[];
  audios: UploadItem[];
  /** The Idempotency-Key for this follow-up: kept with the draft, so a retry after a reload is still one write. */
  idempotencyKey: string;
}

const KEY = 'genjin.draft';

export function emptyDraft(): Draft {
  return {
    loggable: null, category: '', content: '', address: '', atUserIds: [], remindAt: '', realRevisitAt: '', status: '',
    images: [], files: [], audios: [], idempotencyKey: crypto.randomUUID(),
  };
}

export function loadDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const draft = { ...emptyDraft(), ...(JSON.parse(raw) as Partial<Draft>) };
    // Only finished uploads survive a reload (blob: previews and half-sent files do not).
    const done = (list: UploadItem[]) => list.filter((i) => i.id !== undefined).map((i) => ({ ...i, previewUrl: i.previewUrl?.startsWith('blob:') ? undefined : i.previewUrl }));
    return { ...draft, images: done(draft.images), files: done(draft.files), audios: done(draft.audios) };
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft): void {
  localStorage.setItem(KEY, JSON.stringify(draft));
}

export function clearDraft(): void {
  localStorage.removeItem(KEY);
}

export function isBlank(d: Draft): boolean {
  return !d.content.trim() && d.images.length === 0 && d.files.length === 0 && d.audios.length === 0 && !d.address && d.atUserIds.length === 0;
}
