import { ImageViewer, Toast } from 'antd-mobile';
import { ClockCircleOutline, EnvironmentOutline, FileOutline, MessageOutline } from 'antd-mobile-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RevisitLog } from '../../api/wire.ts';
import { formatBytes, overdueDays, wechatTime } from '../../shared/time.ts';
import { CommentsBox } from '../comments/comments-box.tsx';

const AVATAR_COLORS = ['#1677ff', '#13a8a8', '#fa8c16', '#722ed1', '#eb2f96', '#52c41a', '#2f54eb'];

/** Chinese names show their last two characters (as WeChat Work does), Latin ones their first letter. */
function initials(name: string): string {
  const trimmed = name.trim();
  if (/^[\u4e00-\u9fff]/.test(trimmed)) return trimmed.slice(-2);
  return (trimmed[0] ?? '?').toUpperCase();
}

export function Avatar({ name, id }: { name: string; id: number }) {
  return (
    <span className="avatar" style={{ background: AVATAR_COLORS[id % AVATAR_COLORS.length] }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** WeChat-style time; the exact one on hover (title) or on a long press (a toast). */
export function WireTime({ value }: { value: string }) {
  const timer = useRef<number | undefined>(undefined);
  const start = () => {
    timer.current = window.setTimeout(() => Toast.show({ content: value }), 500);
  };
  const cancel = () => window.clearTimeout(timer.current);
  return (
    <time
      className="wire-time"
      dateTime={value.replace(' ', 'T')}
      title={value}
      onTouchStart={start}
      onTouchEnd={cancel}
      onTouchMove={cancel}
    >
      {wechatTime(value)}
    </time>
  );
}

function FoldedContent({ text }: { text: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && !open) setOverflows(el.scrollHeight > el.clientHeight + 1);
  }, [text, open]);
  if (!text) return null;
  return (
    <div className="card-content">
      <p ref={ref} className={open ? 'content-text' : 'content-text folded'}>
        {text}
      </p>
      {(overflows || open) && (
        <button type="button" className="link-button" onClick={() => setOpen(!open)}>
          {open ? t('card.collapse') : t('card.fullText')}
        </button>
      )}
    </div>
  );
}

export function entityPath(log: Pick<RevisitLog, 'loggable_type' | 'loggable_id'>): string {
  return `/entities/${log.loggable_type.toLowerCase()}/${log.loggable_id}`;
}

export function RevisitLogCard({ log }: { log: RevisitLog }) {
  const { t } = useTranslation();
  const [viewer, setViewer] = useState<number | null>(null);
  const [showComments, setShowComments] = useState(false);
  const overdue = log.raw_remind_at && log.is_remind_expired ? overdueDays(log.raw_remind_at) : 0;
  const images = log.image_attachments;
  return (
    <article className="card" data-revisit-log-id={log.id}>
      <header className="card-head">
        <Avatar name={log.user.name} id={log.user.id} />
        <div className="card-who">
          <div className="card-line">
            <strong className="card-name">{log.user.name}</strong>
            {log.category_i18n && <span className="chip">{log.category_i18n}</span>}
            {log.is_draft === 1 && <span className="chip chip-muted">{t('card.draft')}</span>}
          </div>
          <div className="card-sub">
            <WireTime value={log.real_revisit_at} />
            {log.user.department_name && <span className="muted"> · {log.user.department_name}</span>}
          </div>
        </div>
      </header>
      <Link className="entity-link" to={entityPath(log)} data-action="open-entity">
        <span className="entity-type">{t(`entity.${log.loggable_type.toLowerCase()}`)}</span>
        <span className="entity-name">{log.loggable.name || log.loggable.title}</span>
      </Link>
      <FoldedContent text={log.content} />
      {images.length > 0 && (
        <div className={`image-grid n${Math.min(images.length, 3)}`}>
          {images.slice(0, 9).map((image, index) => (
            <button type="button" key={image.id} className="image-cell" onClick={() => setViewer(index)} aria-label={image.name}>
              <img src={image.preview_url} alt={image.name} loading="lazy" width={250} height={250} />
            </button>
          ))}
        </div>
      )}
      {viewer !== null && (
        <ImageViewer.Multi images={images.map((i) => i.file_url)} visible defaultIndex={viewer} onClose={() => setViewer(null)} />
      )}
      {log.attachment_files.map((file) => (
        <a key={file.id} className="file-row" href={file.download_url} download={file.name}>
          <FileOutline className="file-icon" aria-hidden="true" />
          <span className="file-name">{file.name}</span>
          <span className="muted">{formatBytes(file.file_file_size)}</span>
        </a>
      ))}
      {log.audios.map((audio) => (
        <audio key={audio.id} className="audio" controls preload="none" src={audio.file_url} aria-label={audio.name} />
      ))}
      {'detail_address' in log.address && log.address.detail_address && (
        <div className="meta-row">
          <EnvironmentOutline className="meta-icon" aria-hidden="true" /> {log.address.detail_address}
        </div>
      )}
      {log.at_users.length > 0 && (
        <div className="meta-row">
          {t('card.at')} {log.at_users.map((u) => `@${u.name}`).join(' ')}
        </div>
      )}
      {log.raw_remind_at && (
        <div className={log.is_remind_expired ? 'meta-row remind overdue' : 'meta-row remind'}>
          <ClockCircleOutline className="meta-icon" aria-hidden="true" /> {t('card.remind')} {log.raw_remind_at}
          {log.is_remind_expired && <strong> {overdue > 0 ? t('card.overdue', { days: overdue }) : t('card.overdueToday')}</strong>}
        </div>
      )}
      <footer className="card-foot">
        <button type="button" className="link-button" aria-expanded={showComments} onClick={() => setShowComments(!showComments)}>
          <MessageOutline className="meta-icon" aria-hidden="true" /> {log.comments_count > 0 ? t('card.comments', { count: log.comments_count }) : t('card.comment')}
        </button>
      </footer>
      {showComments && <CommentsBox revisitLogId={log.id} />}
    </article>
  );
}
