import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EnvironmentOutline } from 'antd-mobile-icons';
import { Popup, Toast } from 'antd-mobile';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError, apiSend } from '../../api/client.ts';
import type { RevisitLog } from '../../api/wire.ts';
import { formatBytes, presetRemind, toWire } from '../../shared/time.ts';
import { useUploads, type UploadItem } from '../attachments/uploads.ts';
import { PeoplePicker } from '../directory/people-picker.tsx';
import { useFieldValues, useSimpleUsers } from '../directory/use-directory.ts';
import { EntityPicker } from '../entities/entity-picker.tsx';
import { clearDraft, emptyDraft, isBlank, loadDraft, saveDraft, type Draft } from './draft.ts';
import { VoiceRecorder } from './voice-recorder.tsx';
import { fieldOf } from './write-errors.ts';

export interface WriteTarget {
  type: string;
  id: number;
  name: string;
}

const MAX_CONTENT = 10_000;
const schema = z
  .object({
    loggable: z.object({ type: z.string(), id: z.number().int().positive(), name: z.string() }).nullable(),
    content: z.string().max(MAX_CONTENT, 'tooLong'),
    attachments: z.number(),
  })
  .refine((v) => v.loggable !== null, { path: ['loggable'], message: 'needEntity' })
  .refine((v) => v.content.trim() !== '' || v.attachments > 0, { path: ['content'], message: 'contentOrAttachment' });

const toInput = (wire: string) => (wire ? wire.replace(' ', 'T') : '');
const fromInput = (value: string) => (value ? value.replace('T', ' ').slice(0, 16) : '');

interface Props {
  visible: boolean;
  target?: WriteTarget;
  onClose: () => void;
  onCreated?: (log: RevisitLog) => void;
}

export function WriteFollowUp({ visible, target, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = loadDraft();
    const base = saved ?? emptyDraft();
    return target && (!base.loggable || isBlank(base)) ? { ...base, loggable: target } : base;
  });
  const images = useUploads('image', draft.images);
  const files = useUploads('file', draft.files);
  const audios = useUploads('audio', draft.audios);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [picker, setPicker] = useState<'entity' | 'people' | null>(null);
  const [customRemind, setCustomRemind] = useState(false);
  const categories = useFieldValues('revisit_log');
  const users = useSimpleUsers();
  const entityKind = draft.loggable?.type.toLowerCase();
  const statusField = entityKind === 'opportunity' ? 'stage' : entityKind && entityKind !== 'contact' ? 'status' : undefined;
  const statuses = useFieldValues(statusField ? entityKind : undefined);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    if (visible && target && draft.loggable?.id !== target.id && isBlank(draft)) set({ loggable: target });
  }, [visible, target?.id]);

  // The organization's first category is what the API would pick: show it chosen.
  useEffect(() => {
    const first = categories.data?.find((c) => c.enabled);
    if (first && !draft.category) set({ category: first.id });
  }, [categories.data, draft.category]);

  // Autosave: every change (uploads included, once stored) lands in localStorage.
  useEffect(() => {
    const full = { ...draft, images: images.items, files: files.items, audios: audios.items };
    if (!isBlank(full) || full.loggable) saveDraft(full);
  }, [draft, images.items, files.items, audios.items]);

  // The text area grows with its text.
  useEffect(() => {
    const el = textRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 420)}px`;
  }, [draft.content, visible]);

  const submit = useMutation({
    mutationFn: () => {
      const log = draft.loggable!;
      const body = {
        revisit_log: {
          loggable_type: log.type,
          loggable_id: log.id,
          content: draft.content,
          ...(draft.category ? { category: draft.category } : {}),
          ...(draft.realRevisitAt ? { real_revisit_at: draft.realRevisitAt } : {}),
          ...(draft.remindAt ? { remind_at: draft.remindAt } : {}),
          ...(draft.address.trim() ? { address_attributes: { detail_address: draft.address.trim() } } : {}),
          ...(draft.lat !== undefined && draft.lng !== undefined ? { lat: draft.lat, lng: draft.lng } : {}),
          ...(draft.status && statusField ? { loggable_attributes: { [statusField]: draft.status } } : {}),
        },
        at_user_ids: draft.atUserIds,
        attachment_ids: images.ids,
        attachment_file_ids: files.ids,
        audio_ids: audios.ids,
      };
      return apiSend<RevisitLog>('POST', '/revisit_logs', body, { idempotencyKey: draft.idempotencyKey });
    },
    onSuccess: async (log) => {
      clearDraft();
      const fresh = emptyDraft();
      setDraft(target ? { ...fresh, loggable: target } : fresh);
      images.reset();
      files.reset();
      audios.reset();
      setErrors({});
      Toast.show({ icon: 'success', content: t('write.saved') });
      await queryClient.invalidateQueries({ queryKey: ['revisit-logs'] });
      onCreated?.(log);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors({ [fieldOf(error.field)]: error.message });
      else setErrors({ form: t('error.network') });
    },
  });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    const parsed = schema.safeParse({
      loggable: draft.loggable,
      content: draft.content,
      attachments: images.ids.length + files.ids.length + audios.ids.length,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), t(`write.${i.message}`)])));
      return;
    }
    if (images.pending || files.pending || audios.pending) return;
    setErrors({});
    submit.mutate();
  };

  const remindPreset = (preset: 'tomorrow' | 'in3days' | 'nextMonday') => {
    setCustomRemind(false);
    set({ remindAt: toWire(presetRemind(preset)) });
  };
  const wide = typeof window !== 'undefined' && window.matchMedia('(min-width: 900px)').matches;
  const uploading = images.pending || files.pending || audios.pending;
  const atNames = draft.atUserIds.map((id) => users.data?.find((u) => u.value === String(id))?.label ?? `#${id}`);

  return (
    <Popup
      visible={visible}
      onClose={onClose}
      onMaskClick={onClose}
      position={wide ? 'right' : 'bottom'}
      bodyClassName={wide ? 'write-sheet write-side' : 'write-sheet write-full'}
    >
      <form className="write-form" onSubmit={onSubmit} noValidate aria-label={t('write.title')}>
        <header className="write-head">
          <button type="button" className="link-button" onClick={onClose}>{t('write.cancel')}</button>
          <h2>{t('write.title')}</h2>
          <button type="submit" className="primary-button small" disabled={submit.isPending || uploading}>
            {submit.isPending ? t('write.submitting') : t('write.submit')}
          </button>
        </header>
        <div className="write-body">
          <div className="field">
            <span>{t('write.entity')}</span>
            <button type="button" className="picker-button" data-action="pick-entity" onClick={() => setPicker('entity')}>
              {draft.loggable ? `${t(`entity.${draft.loggable.type.toLowerCase()}`)} · ${draft.loggable.name}` : t('write.pickEntity')}
            </button>
            {errors.loggable && <em className="field-error">{errors.loggable}</em>}
          </div>
          <div className="field">
            <span>{t('write.category')}</span>
            <div className="chips">
              {categories.data?.filter((c) => c.enabled).map((c) => (
                <button key={c.id} type="button" data-category={c.id} className={draft.category === c.id ? 'chip-button active' : 'chip-button'} aria-pressed={draft.category === c.id} onClick={() => set({ category: c.id })}>
                  {i18n.language === 'en' ? c.i18n.en : c.i18n.zh}
                </button>
              ))}
            </div>
            {errors.category && <em className="field-error">{errors.category}</em>}
          </div>
          <label className="field">
            <span>{t('write.content')}</span>
            <textarea ref={textRef} name="content" rows={4} maxLength={MAX_CONTENT} value={draft.content} placeholder={t('write.placeholder')} onChange={(e) => set({ content: e.target.value })} />
            <span className="count">{draft.content.length}/{MAX_CONTENT}</span>
            {errors.content && <em className="field-error">{errors.content}</em>}
          </label>
          <div className="chips phrases" aria-label={t('write.phrases')}>
            {(t('phrases', { returnObjects: true }) as string[]).map((p) => (
              <button key={p} type="button" className="chip-button ghost" onClick={() => set({ content: draft.content ? `${draft.content}${draft.content.endsWith('\n') ? '' : '，'}${p}` : p })}>
                {p}
              </button>
            ))}
          </div>
          <div className="field">
            <span>{t('write.photos')} ({images.items.length}/9)</span>
            <div className="photo-grid">
              {images.items.map((item) => <PhotoTile key={item.key} item={item} onRemove={() => images.remove(item.key)} />)}
              {images.items.length < 9 && (
                <label className="photo-add">
                  <span aria-hidden="true">＋</span>
                  <input
                    type="file"
                    name="photos"
                    accept="image/*"
                    multiple
                    className="visually-hidden"
                    aria-label={t('write.photos')}
                    onChange={(e) => {
                      const chosen = [...(e.target.files ?? [])].slice(0, 9 - images.items.length);
                      if ((e.target.files?.length ?? 0) > chosen.length) Toast.show(t('write.maxPhotos'));
                      for (const f of chosen) void images.add(f, f.name);
                      e.target.value = '';
                    }}
                  />
                </label>
              )}
            </div>
          </div>
          <div className="field">
            <span>{t('write.files')}</span>
            {files.items.map((item) => (
              <div key={item.key} className="file-row">
                <span className="file-name">{item.name}</span>
                <span className="muted">{item.error ?? (item.id ? formatBytes(item.size) : t('write.uploading', { percent: Math.round(item.progress * 100) }))}</span>
                <button type="button" className="link-button" aria-label="remove" onClick={() => files.remove(item.key)}>✕</button>
              </div>
            ))}
            <label className="secondary-button file-add">
              ＋ {t('write.files')}
              <input type="file" name="files" multiple className="visually-hidden" onChange={(e) => {
                for (const f of e.target.files ?? []) void files.add(f, f.name);
                e.target.value = '';
              }} />
            </label>
          </div>
          <VoiceRecorder items={audios.items} onRecorded={(blob, name) => void audios.add(blob, name)} onRemove={audios.remove} />
          {errors.attachments && <em className="field-error">{errors.attachments}</em>}
          <div className="field">
            <label htmlFor="write-address">{t('write.address')}</label>
            <div className="address-row">
              <input id="write-address" name="address" value={draft.address} maxLength={200} placeholder={t('write.addressPlaceholder')} onChange={(e) => set({ address: e.target.value })} />
              {'geolocation' in navigator && (
                <button type="button" className="secondary-button" onClick={() => navigator.geolocation.getCurrentPosition(
                  (pos) => set({ lat: Number(pos.coords.latitude.toFixed(6)), lng: Number(pos.coords.longitude.toFixed(6)) }),
                  () => Toast.show(t('write.locateFailed')),
                  { enableHighAccuracy: true, timeout: 10_000 },
                )}>
                  <EnvironmentOutline className="meta-icon" aria-hidden="true" /> {t('write.locate')}
                </button>
              )}
            </div>
            {draft.lat !== undefined && draft.lng !== undefined && <span className="muted">{draft.lat}, {draft.lng}</span>}
            {errors.address && <em className="field-error">{errors.address}</em>}
          </div>
          <div className="field">
            <span>{t('write.at')}</span>
            <button type="button" className="picker-button" data-action="pick-people" onClick={() => setPicker('people')}>
              {atNames.length ? atNames.map((n) => `@${n}`).join(' ') : '＋'}
            </button>
            {errors.at && <em className="field-error">{errors.at}</em>}
          </div>
          <div className="field">
            <span>{t('write.remind')}</span>
            <div className="chips">
              {(['tomorrow', 'in3days', 'nextMonday'] as const).map((p) => {
                const value = toWire(presetRemind(p));
                return (
                  <button key={p} type="button" data-remind={p} className={!customRemind && draft.remindAt === value ? 'chip-button active' : 'chip-button'} aria-pressed={!customRemind && draft.remindAt === value} onClick={() => remindPreset(p)}>
                    {t(`write.${p}`)}
                  </button>
                );
              })}
              <button type="button" className={customRemind ? 'chip-button active' : 'chip-button'} aria-pressed={customRemind} onClick={() => { setCustomRemind(true); if (!draft.remindAt) set({ remindAt: toWire(presetRemind('tomorrow')) }); }}>
                {t('write.custom')}
              </button>
              <button type="button" className={!draft.remindAt ? 'chip-button active' : 'chip-button'} aria-pressed={!draft.remindAt} onClick={() => { setCustomRemind(false); set({ remindAt: '' }); }}>
                {t('write.noRemind')}
              </button>
            </div>
            {customRemind && <input type="datetime-local" name="remind_at" value={toInput(draft.remindAt)} onChange={(e) => set({ remindAt: fromInput(e.target.value) })} />}
            {draft.remindAt && <span className="muted">{draft.remindAt}</span>}
            {errors.remind_at && <em className="field-error">{errors.remind_at}</em>}
          </div>
          {statusField && statuses.data && (
            <label className="field">
              <span>{t(`write.${statusField}`)}</span>
              <select name="status" value={draft.status} onChange={(e) => set({ status: e.target.value })}>
                <option value="">{t('write.unchanged')}</option>
                {statuses.data.filter((s) => s.enabled).map((s) => <option key={s.id} value={s.id}>{s.value}</option>)}
              </select>
              {(errors.status || errors.stage) && <em className="field-error">{errors.status ?? errors.stage}</em>}
            </label>
          )}
          <label className="field">
            <span>{t('write.realAt')}</span>
            <input type="datetime-local" name="real_revisit_at" max={dayjs().format('YYYY-MM-DDTHH:mm')} value={toInput(draft.realRevisitAt)} onChange={(e) => set({ realRevisitAt: fromInput(e.target.value) })} />
            {!draft.realRevisitAt && <span className="muted">{t('write.now')}</span>}
            {errors.real_revisit_at && <em className="field-error">{errors.real_revisit_at}</em>}
          </label>
          {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
          <button type="button" className="link-button danger" onClick={() => { clearDraft(); setDraft(target ? { ...emptyDraft(), loggable: target } : emptyDraft()); images.reset(); files.reset(); audios.reset(); setErrors({}); }}>
            {t('write.discard')}
          </button>
        </div>
      </form>
      <EntityPicker visible={picker === 'entity'} onClose={() => setPicker(null)} onPick={(picked) => { set({ loggable: picked, status: '' }); setPicker(null); }} />
      <PeoplePicker visible={picker === 'people'} selected={draft.atUserIds} onClose={() => setPicker(null)} onChange={(ids) => set({ atUserIds: ids })} />
    </Popup>
  );
}

function PhotoTile({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="photo-tile" data-uploaded={item.id !== undefined}>
      {item.previewUrl && <img src={item.previewUrl} alt={item.name} width={80} height={80} />}
      {item.id === undefined && !item.error && (
        <span className="photo-progress" role="progressbar" aria-valuenow={Math.round(item.progress * 100)} aria-label={t('write.uploading', { percent: Math.round(item.progress * 100) })}>
          {Math.round(item.progress * 100)}%
        </span>
      )}
      {item.error && <span className="photo-error" title={item.error}>!</span>}
      <button type="button" className="photo-remove" aria-label="remove" onClick={onRemove}>✕</button>
    </div>
  );
}
