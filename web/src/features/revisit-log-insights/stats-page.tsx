import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiGet } from '../../api/client.ts';
import type { RevisitLogStats } from '../../api/wire.ts';
import { useDepartments, useSimpleUsers } from '../directory/use-directory.ts';
import { FilterSheet } from '../revisit-logs/filter-sheet.tsx';
import { PeriodStrip } from '../revisit-logs/period-strip.tsx';
import { SearchBox } from '../revisit-logs/search-box.tsx';
import type { TimelineFilters } from '../revisit-logs/timeline-filters.ts';
import { ExportButton } from './export-button.tsx';
import { StatsBars, StatsColumns } from './stats-chart.tsx';
import { GROUP_BYS, parseStatsFilters, statsToQuery, statsToSearch, type GroupBy } from './stats-filters.ts';

/** 统计: the timeline's filters, counted per person, department, day, week, month, category or record type. */
export function StatsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const stats = useMemo(() => parseStatsFilters(search), [search]);
  const { filters, groupBy } = stats;
  const [sheet, setSheet] = useState(false);
  const departments = useDepartments();
  const users = useSimpleUsers();
  const query = useQuery({
    queryKey: ['revisit-log-stats', statsToQuery(stats)],
    queryFn: ({ signal }) => apiGet<RevisitLogStats>('/revisit_logs/stats', statsToQuery(stats), signal),
    placeholderData: (previous) => previous,
  });
  const go = (next: { filters?: TimelineFilters; groupBy?: GroupBy }, replace = false) => {
    setSearch(statsToSearch({ filters: next.filters ?? filters, groupBy: next.groupBy ?? groupBy }), { replace });
    setSheet(false);
  };
  const data = query.data;
  const time = groupBy === 'day' || groupBy === 'week' || groupBy === 'month' ? groupBy : undefined;
  const summary = [
    filters.date === 'other'
      ? t('timeline.custom', { start: filters.start_date ?? '…', end: filters.end_date ?? '…' })
      : t(`period.${filters.date}`),
    filters.department_id && departments.data?.find((d) => d.id === filters.department_id)?.name,
    filters.user_id && users.data?.find((u) => u.value === String(filters.user_id))?.label,
    filters.loggable_type && t(`entity.${filters.loggable_type}`),
  ].filter(Boolean);

  return (
    <div className="page stats-page">
      <header className="page-head">
        <h1>{t('stats.title')}</h1>
        <ExportButton filters={filters} />
      </header>
      <PeriodStrip active={filters.date} onPick={(date) => go({ filters: { ...filters, date } })} onCustom={() => setSheet(true)} />
      <div className="search-row">
        <SearchBox value={filters.q} onSearch={(q) => go({ filters: { ...filters, q } }, true)} />
      </div>
      <div className="summary-bar">
        <button type="button" className="summary-text" onClick={() => setSheet(true)} data-action="open-filters">
          <svg className="summary-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 5h18l-7 8v6l-4 2v-8L3 5Z" /></svg>
          <span className="summary-label">{summary.join(' · ')}</span>
          <span className="summary-caret" aria-hidden="true">▾</span>
        </button>
        {data && <span className="total" data-total={data.total}>{t('timeline.total', { count: data.total })}</span>}
      </div>
      <div className="group-switch" role="tablist" aria-label={t('stats.groupBy')}>
        {GROUP_BYS.map((g) => (
          <button
            key={g}
            type="button"
            role="tab"
            aria-selected={groupBy === g}
            className={groupBy === g ? 'segment active' : 'segment'}
            data-group-by={g}
            onClick={() => go({ groupBy: g })}
          >
            {t(`stats.group.${g}`)}
          </button>
        ))}
      </div>
      <section className={query.isFetching ? 'stats-body fetching' : 'stats-body'} aria-busy={query.isFetching}>
        {query.isError && (
          <div className="empty" role="alert">
            {query.error.message}{' '}
            <button type="button" className="link-button" onClick={() => void query.refetch()}>
              {t('error.retry')}
            </button>
          </div>
        )}
        {query.isPending && <div className="empty">{t('timeline.loading')}</div>}
        {data && data.groups.length === 0 && <div className="empty" data-stats-empty>{t('stats.empty')}</div>}
        {data && data.groups.length > 0 && (
          <>
            <div className="stats-card">{time ? <StatsColumns groups={data.groups} unit={time} /> : <StatsBars groups={data.groups} />}</div>
            <table className="stats-table" data-stats-group-by={groupBy}>
              <thead>
                <tr>
                  <th scope="col">{t(`stats.group.${groupBy}`)}</th>
                  <th scope="col" className="num">{t('stats.count')}</th>
                  <th scope="col" className="num">{t('stats.entities')}</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((g) => (
                  <tr key={g.key} data-group-key={g.key} data-count={g.count} data-entities={g.entities}>
                    <td className="stats-name">{g.name}</td>
                    <td className="num">{g.count}</td>
                    <td className="num">{g.entities}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('stats.total')}</th>
                  <td className="num" data-stats-total={data.total}>{data.total}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </>
        )}
      </section>
      <FilterSheet visible={sheet} filters={filters} onClose={() => setSheet(false)} onApply={(next) => go({ filters: next })} />
    </div>
  );
}
