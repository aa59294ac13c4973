import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDepartments, useSimpleUsers } from '../directory/use-directory.ts';
import { ExportButton } from '../revisit-log-insights/export-button.tsx';
import { PeriodStrip } from './period-strip.tsx';
import { FilterSheet } from './filter-sheet.tsx';
import { SearchBox } from './search-box.tsx';
import { useRevisitLogPages } from './revisit-logs-api.ts';
import { DEFAULT_FILTERS, filtersToQuery, filtersToSearch, isDefault, parseFilters, type TimelineFilters } from './timeline-filters.ts';
import { TimelineList } from './timeline-list.tsx';
import { WriteFollowUpButton } from './write-follow-up-button.tsx';

export function TimelinePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parseFilters(search), [search]);
  const [sheet, setSheet] = useState(false);
  const departments = useDepartments();
  const users = useSimpleUsers();
  const query = useRevisitLogPages('/revisit_logs/new_index', filtersToQuery(filters));
  const total = query.data?.pages[0]?.total_count;
  const apply = (next: TimelineFilters, replace = false) => {
    setSearch(filtersToSearch(next), { replace });
    setSheet(false);
  };

  const summary = [
    filters.date === 'other'
      ? t('timeline.custom', { start: filters.start_date ?? '…', end: filters.end_date ?? '…' })
      : t(`period.${filters.date}`),
    filters.department_id && departments.data?.find((d) => d.id === filters.department_id)?.name,
    filters.user_id && users.data?.find((u) => u.value === String(filters.user_id))?.label,
    filters.loggable_type && t(`entity.${filters.loggable_type}`) + (filters.loggable_id ? ` #${filters.loggable_id}` : ''),
  ].filter(Boolean);

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('timeline.title')}</h1>
        <div className="head-actions">
          <ExportButton filters={filters} />
          <WriteFollowUpButton />
        </div>
      </header>
      <PeriodStrip active={filters.date} onPick={(date) => apply({ ...filters, date })} onCustom={() => setSheet(true)} />
      <div className="search-row">
        {/* Typing replaces the history entry: Back leaves the search instead of stepping through each pause. */}
        <SearchBox value={filters.q} onSearch={(q) => apply({ ...filters, q }, true)} />
      </div>
      <div className="summary-bar">
        <button type="button" className="summary-text" onClick={() => setSheet(true)} data-action="open-filters">
          <svg className="summary-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 5h18l-7 8v6l-4 2v-8L3 5Z" /></svg>
          <span className="summary-label">{summary.join(' · ')}</span>
          <span className="summary-caret" aria-hidden="true">▾</span>
        </button>
        {total !== undefined && <span className="total" data-total={total}>{t('timeline.total', { count: total })}</span>}
        {!isDefault(filters) && (
          <button type="button" className="link-button" data-action="reset-filters" onClick={() => apply(DEFAULT_FILTERS)}>
            {t('timeline.reset')}
          </button>
        )}
      </div>
      <TimelineList query={query} />
      <FilterSheet visible={sheet} filters={filters} onClose={() => setSheet(false)} onApply={apply} />
    </div>
  );
}
