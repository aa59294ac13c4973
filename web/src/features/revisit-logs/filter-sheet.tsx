import { Popup } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentUsers, useDepartments } from '../directory/use-directory.ts';
import { ENTITY_TYPES, PERIODS, type TimelineFilters } from './timeline-filters.ts';

interface Props {
  visible: boolean;
  filters: TimelineFilters;
  onClose: () => void;
  onApply: (filters: TimelineFilters) => void;
}

/** All filters in one sheet (a bottom sheet on phones, a side panel on desktop); applied on 完成. */
export function FilterSheet({ visible, filters, onClose, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const departments = useDepartments();
  const users = useDepartmentUsers(draft.department_id);
  const set = (patch: Partial<TimelineFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const wide = typeof window !== 'undefined' && window.matchMedia('(min-width: 900px)').matches;
  return (
    <Popup
      visible={visible}
      onMaskClick={onClose}
      onClose={onClose}
      afterShow={() => setDraft(filters)}
      position={wide ? 'right' : 'bottom'}
      bodyClassName={wide ? 'sheet sheet-side' : 'sheet'}
      destroyOnClose
    >
      <form
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          const next = { ...draft };
          if (next.date !== 'other') {
            delete next.start_date;
            delete next.end_date;
          }
          onApply(next);
        }}
      >
        <h2 className="sheet-title">{t('timeline.filter')}</h2>
        <fieldset className="chips" aria-label="period">
          {PERIODS.map((p) => (
            <button
              key={p}
              type="button"
              className={draft.date === p ? 'chip-button active' : 'chip-button'}
              aria-pressed={draft.date === p}
              data-period={p}
              onClick={() => set({ date: p })}
            >
              {t(`period.${p}`)}
            </button>
          ))}
        </fieldset>
        {draft.date === 'other' && (
          <div className="range-row">
            <label className="field">
              <span>{t('timeline.range')}</span>
              <input type="date" name="start_date" value={draft.start_date ?? ''} onChange={(e) => set({ start_date: e.target.value || undefined })} />
            </label>
            <span className="range-sep">—</span>
            <label className="field">
              <span>&nbsp;</span>
              <input type="date" name="end_date" value={draft.end_date ?? ''} onChange={(e) => set({ end_date: e.target.value || undefined })} />
            </label>
          </div>
        )}
        <label className="field">
          <span>{t('timeline.department')}</span>
          <select
            name="department_id"
            value={draft.department_id ?? ''}
            onChange={(e) => set({ department_id: e.target.value ? Number(e.target.value) : undefined, user_id: undefined })}
          >
            <option value="">{t('timeline.allPeople')}</option>
            {departments.data?.map((d) => (
              <option key={d.id} value={d.id} disabled={!d.can_use}>
                {'\u3000'.repeat(Math.max(0, d.level - 1))}
                {d.name} ({d.total_users_count})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('timeline.person')}</span>
          <select name="user_id" value={draft.user_id ?? ''} onChange={(e) => set({ user_id: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">{t('timeline.allPeople')}</option>
            {users.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} · {u.department_name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="chips" aria-label={t('timeline.entityType')}>
          <legend>{t('timeline.entityType')}</legend>
          <button
            type="button"
            className={!draft.loggable_type ? 'chip-button active' : 'chip-button'}
            aria-pressed={!draft.loggable_type}
            onClick={() => set({ loggable_type: undefined, loggable_id: undefined })}
          >
            {t('entity.any')}
          </button>
          {ENTITY_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              className={draft.loggable_type === type ? 'chip-button active' : 'chip-button'}
              aria-pressed={draft.loggable_type === type}
              onClick={() => set({ loggable_type: type, loggable_id: undefined })}
            >
              {t(`entity.${type}`)}
            </button>
          ))}
        </fieldset>
        <div className="sheet-actions">
          <button type="button" className="secondary-button" onClick={() => setDraft({ date: 'today' })}>
            {t('timeline.reset')}
          </button>
          <button type="submit" className="primary-button" data-action="apply-filters">
            {t('timeline.done')}
          </button>
        </div>
      </form>
    </Popup>
  );
}
