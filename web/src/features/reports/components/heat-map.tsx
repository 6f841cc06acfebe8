import { useTranslation } from 'react-i18next';
import type { ReportHeatCell } from '../api/get-reports';

/** Contacts opened per IST weekday and hour: a 7 × 24 grid, darker where busier. */
export function HeatMap({ cells }: { cells: ReportHeatCell[] }) {
  const { t } = useTranslation('reports');
  const weekdays = t('weekdays', { returnObjects: true }) as unknown as string[];
  const max = Math.max(1, ...cells.map((c) => c.opened));
  return (
    <div className="overflow-x-auto">
      <table className="border-separate border-spacing-0.5 text-xs">
        <thead>
          <tr>
            <th />
            {Array.from({ length: 24 }, (_, hour) => (
              <th key={hour} scope="col" className="w-5 font-normal text-fg-muted">
                {hour % 3 === 0 ? hour : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekdays.map((day, index) => (
            <tr key={day}>
              <th scope="row" className="pr-2 text-left font-normal text-fg-muted">
                {day}
              </th>
              {cells
                .filter((c) => c.weekday === index + 1)
                .map((c) => (
                  <td
                    key={c.hour}
                    title={t('heatMap.cell', { day, hour: c.hour, count: c.opened })}
                    aria-label={t('heatMap.cell', { day, hour: c.hour, count: c.opened })}
                    className="size-5 rounded-sm bg-primary"
                    style={{ opacity: c.opened === 0 ? 0.06 : 0.15 + (0.85 * c.opened) / max }}
                  />
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
