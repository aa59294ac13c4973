import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RevisitLog } from '../../api/wire.ts';
import { useMe } from '../auth/session.ts';
import { RevisitLogCard } from '../revisit-logs/revisit-log-card.tsx';
import { useRevisitLogPages } from '../revisit-logs/revisit-logs-api.ts';
import { WriteFollowUpButton } from '../revisit-logs/write-follow-up-button.tsx';
import dayjs from 'dayjs';

function Section({ title, logs, tone, name, count }: { title: string; logs: RevisitLog[]; tone?: 'danger'; name: string; count?: string }) {
  if (logs.length === 0) return null;
  return (
    <section className="home-section" data-section={name}>
      <h2 className={tone === 'danger' ? 'day-header danger' : 'day-header'}>
        {title} <span className="badge">{count ?? logs.length}</span>
      </h2>
      {logs.map((log) => <RevisitLogCard key={log.id} log={log} />)}
    </section>
  );
}

/**
 * 今日待跟进: my reminders that are overdue (red, oldest first), then today's, then follow-ups mentioning me.
 * Overdue ones come from `date=all` up to now; the API orders reminders soonest first.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const today = dayjs().format('YYYY-MM-DD');
  const overdue = useRevisitLogPages('/revisit_logs/reminders', { date: 'other', end_date: today });
  const atMe = useRevisitLogPages('/revisit_logs/new_index', { at_me: 1, date: 'last_7_days' });
  const due = overdue.data?.pages.flatMap((p) => p.revisit_logs) ?? [];
  const expired = due.filter((l) => l.is_remind_expired);
  const todays = due.filter((l) => !l.is_remind_expired && l.raw_remind_at.startsWith(today));
  const mentions = (atMe.data?.pages.flatMap((p) => p.revisit_logs) ?? []).filter((l) => l.user.id !== me.data?.id);
  const loading = overdue.isPending || atMe.isPending;
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('home.title')}</h1>
        <WriteFollowUpButton />
      </header>
      <Section name="overdue" title={t('home.overdue')} logs={expired} tone="danger" count={overdue.hasNextPage ? `${expired.length}+` : undefined} />
      <Section name="today" title={t('home.today')} logs={todays} />
      <Section name="at-me" title={t('home.atMe')} logs={mentions} />
      {!loading && expired.length + todays.length + mentions.length === 0 && <div className="empty" data-home-empty>{t('home.empty')}</div>}
      {loading && <div className="empty">{t('timeline.loading')}</div>}
      {overdue.hasNextPage && (
        <button type="button" className="link-button view-all" onClick={() => void overdue.fetchNextPage()} disabled={overdue.isFetchingNextPage}>
          {t('home.more')}
        </button>
      )}
      <Link className="link-button view-all" to="/timeline" data-nav="timeline-more">
        {t('home.viewAll')} →
      </Link>
    </div>
  );
}
