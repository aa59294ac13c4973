import { useRef, useState } from 'react';
import { AudioOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from '../attachments/uploads.ts';

/** Records a voice note with MediaRecorder (Ogg/Opus where the browser can, else WebM) and hands it on. */
export function VoiceRecorder({ items, onRecorded, onRemove }: { items: UploadItem[]; onRecorded: (blob: Blob, name: string) => void; onRemove: (key: string) => void }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices) return null;
  const start = async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const type = ['audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm;codecs=opus'].find((m) => MediaRecorder.isTypeSupported(m)) ?? '';
    const rec = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => chunks.push(e.data);
    rec.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      const blob = new Blob(chunks, { type: rec.mimeType });
      const ext = rec.mimeType.includes('ogg') ? 'ogg' : rec.mimeType.includes('mp4') ? 'm4a' : 'webm';
      onRecorded(blob, `语音-${new Date().toISOString().slice(11, 19).replaceAll(':', '')}.${ext}`);
    };
    rec.start();
    recorder.current = rec;
    setRecording(true);
  };
  const stop = () => {
    recorder.current?.stop();
    setRecording(false);
  };
  return (
    <div className="field">
      <span>{t('write.voice')}</span>
      {items.map((item) => (
        <div key={item.key} className="file-row">
          <span className="file-name">
            <AudioOutline className="meta-icon" aria-hidden="true" /> {item.name}
          </span>
          <span className="muted">{item.error ?? (item.id ? '' : t('write.uploading', { percent: Math.round(item.progress * 100) }))}</span>
          <button type="button" className="link-button" aria-label="remove" onClick={() => onRemove(item.key)}>✕</button>
        </div>
      ))}
      <button type="button" className={recording ? 'secondary-button recording' : 'secondary-button'} onClick={() => void (recording ? stop() : start().catch(() => setRecording(false)))}>
        {recording ? `■ ${t('write.stop')}` : (
          <>
            <AudioOutline className="meta-icon" aria-hidden="true" /> {t('write.record')}
          </>
        )}
      </button>
    </div>
  );
}
