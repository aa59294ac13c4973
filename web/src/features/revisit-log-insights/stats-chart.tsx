import { useTranslation } from 'react-i18next';
import type { StatsGroup } from '../../api/wire.ts';

/** Per-group bars, no chart library: names get horizontal bars; days, weeks and months a column chart. */
export function StatsBars({ groups }: { groups: StatsGroup[] }) {
  const max = Math.max(1, ...groups.map((g) => g.count));
  return (
    <ol className="stats-bars" aria-label="chart">
      {groups.map((g) => (
        <li key={g.key} className="stats-bar-row" data-bar-key={g.key}>
          <span className="stats-bar-name" title={g.name}>{g.name}</span>
          <span className="stats-bar-track" aria-hidden="true">
            <span className="stats-bar-fill" style={{ width: `${(g.count / max) * 100}%` }} />
          </span>
          <span className="stats-bar-count">{g.count}</span>
        </li>
      ))}
    </ol>
  );
}

const SHORT: Record<'day' | 'week' | 'month', (key: string) => string> = {
  day: (key) => key.slice(5),
  week: (key) => key.slice(5),
  month: (key) => key,
};

/**
 * Columns over time. The SVG stretches to the column's width (a year of days is ~1 px per day on a phone),
 * so the page never scrolls sideways; each column carries its day and count as a tooltip.
 */
export function StatsColumns({ groups, unit }: { groups: StatsGroup[]; unit: 'day' | 'week' | 'month' }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...groups.map((g) => g.count));
  const height = 120;
  const width = Math.max(groups.length, 1) * 10;
  const first = groups[0];
  const last = groups[groups.length - 1];
  return (
    <figure className="stats-columns">
      <div className="stats-columns-head">
        <span>{t('stats.peak', { count: max === 1 && groups.every((g) => g.count === 0) ? 0 : max })}</span>
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label="chart" className="stats-columns-svg">
        {groups.map((g, i) => {
          const h = (g.count / max) * (height - 2);
          return (
            <rect key={g.key} data-bar-key={g.key} x={i * 10 + 1} y={height - h} width={8} height={h} className="stats-column">
              <title>{`${g.name}: ${g.count}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} className="stats-axis" />
      </svg>
      {first && last && (
        <figcaption className="stats-columns-foot">
          <span>{SHORT[unit](first.key)}</span>
          {groups.length > 1 && <span>{SHORT[unit](last.key)}</span>}
        </figcaption>
      )}
    </figure>
  );
}
