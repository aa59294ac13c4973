import { InfiniteScroll, PullToRefresh } from 'antd-mobile';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RevisitLog, RevisitLogPage } from '../../api/wire.ts';
import { dayHeader, dayKeyOf } from '../../shared/time.ts';
import { RevisitLogCard } from './revisit-log-card.tsx';

function groupByDay(logs: RevisitLog[], timeOf: (log: RevisitLog) => string): [string, RevisitLog[]][] {
  const groups = new Map<string, RevisitLog[]>();
  for (const log of logs) {
    const key = dayKeyOf(timeOf(log));
    const list = groups.get(key);
    if (list) list.push(log);
    else groups.set(key, [log]);
  }
  return [...groups.entries()];
}

interface Props {
  query: UseInfiniteQueryResult<InfiniteData<RevisitLogPage>>;
  /** Day headers follow this time (real_revisit_at for timelines). */
  timeOf?: (log: RevisitLog) => string;
  grouped?: boolean;
}

/** Day-grouped cards with sticky headers, pull-to-refresh and infinite scroll ending in 没有更多了. */
export function TimelineList({ query, timeOf = (l) => l.real_revisit_at, grouped = true }: Props) {
  const { t } = useTranslation();
  const logs = query.data?.pages.flatMap((p) => p.revisit_logs) ?? [];
  const body = grouped ? (
    groupByDay(logs, timeOf).map(([day, items]) => (
      <section key={day} className="day-group" aria-label={dayHeader(day)}>
        <h2 className="day-header">{dayHeader(day)}</h2>
        {items.map((log) => <RevisitLogCard key={log.id} log={log} />)}
      </section>
    ))
  ) : (
    logs.map((log) => <RevisitLogCard key={log.id} log={log} />)
  );
  return (
    <PullToRefresh
      onRefresh={async () => {
        await query.refetch();
      }}
      pullingText={t('timeline.pullRefresh')}
      canReleaseText={t('timeline.release')}
      refreshingText={t('timeline.refreshing')}
      completeText={t('timeline.refreshed')}
    >
      <div className="timeline">
        {query.isError && (
          <div className="empty" role="alert">
            {query.error.message}{' '}
            <button type="button" className="link-button" onClick={() => void query.refetch()}>
              {t('error.retry')}
            </button>
          </div>
        )}
        {body}
        {query.isSuccess && logs.length === 0 && <div className="empty">{t('timeline.empty')}</div>}
        {query.isSuccess && logs.length > 0 && (
          <InfiniteScroll
            hasMore={query.hasNextPage}
            loadMore={async () => {
              await query.fetchNextPage();
            }}
          >
            {query.hasNextPage ? t('timeline.loading') : <span className="end-line">{t('timeline.none')}</span>}
          </InfiniteScroll>
        )}
        {query.isPending && <div className="empty">{t('timeline.loading')}</div>}
      </div>
    </PullToRefresh>
  );
}
