import { useTranslation } from 'react-i18next';
import { PERIODS, type Period } from './timeline-filters.ts';

/** The row of period chips the timeline and the statistics share; `other` opens the custom-range sheet. */
export function PeriodStrip({ active, onPick, onCustom }: { active: Period; onPick: (period: Period) => void; onCustom: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="period-strip" role="toolbar" aria-label="period">
      {PERIODS.map((p) => (
        <button
          key={p}
          type="button"
          className={active === p ? 'chip-button active' : 'chip-button'}
          aria-pressed={active === p}
          data-period={p}
          onClick={() => (p === 'other' ? onCustom() : onPick(p))}
        >
          {t(`period.${p}`)}
        </button>
      ))}
    </div>
  );
}
