/**
 * Occupancy by hour of week, as a table whose cells are coloured: the browser lays the labels out,
 * so no weekday ("Wednesday", "mercredi") or legend entry can be clipped, and the cells grow with
 * the page (wide on a desktop, narrow on a phone, where the numbers give way to the colours). The
 * same table is what assistive technology reads, and without the stylesheet it is still the
 * numbers. `heatmap-` classes carry the colours (the CSP forbids inline styles).
 */

interface HeatmapLabels {
  /** Seven names, Sunday first, in the same order as the value index. */
  weekdays: string[];
  noData: string;
  legend: string;
  percent: (share: number) => string;
}

interface HeatmapProps {
  title: string;
  /** 168 shares, index = weekday * 24 + hour (Sunday first); null where there was no sample. */
  values: (number | null)[];
  labels: HeatmapLabels;
}

/** Rows run Monday to Sunday, as a working week reads; the index stays Sunday first. */
const ROW_WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Hours shown even without data, so an empty or sparse chart still reads as a working day. */
const ALWAYS_SHOWN_FIRST_HOUR = 8;
const ALWAYS_SHOWN_LAST_HOUR = 17; // the column 17:00–18:00

/**
 * Five light-to-dark blues with rising luminance (the stylesheet's `heatmap-step-N`), so the order
 * survives greyscale and common colour-vision deficiencies. Five adjacent steps cannot all differ
 * by 3:1, which is why every cell also carries its number.
 */
const STEPS = 5;
/** The darkest step, for the per-room bars (an SVG attribute, as the bar has no text of its own). */
const BAR_FILL = "#0d3b78";
/** 4.5:1 on white: the bar's outline stays visible around an empty bar. */
const OUTLINE = "#767676";

export function UtilisationHeatmap({ title, values, labels }: HeatmapProps) {
  const hours = visibleHours(values);
  const legend = legendId(title);
  return (
    <figure className="heatmap">
      <table className="heatmap-grid">
        <caption className="heatmap-caption">{title}</caption>
        <thead>
          <tr>
            <td />
            {hours.map((hour) => (
              <th key={hour} scope="col">
                {twoDigits(hour)}
                <span className="visually-hidden">:00</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROW_WEEKDAYS.map((weekday) => {
            const dayName = labels.weekdays[weekday] ?? "";
            return (
              <tr key={weekday}>
                <th scope="row">{dayName}</th>
                {hours.map((hour) => {
                  const share = values[weekday * 24 + hour] ?? null;
                  return (
                    <td key={hour} className={share === null ? "heatmap-cell heatmap-cell-empty" : `heatmap-cell heatmap-step-${stepOf(share)}`} title={`${dayName} ${twoDigits(hour)}:00 – ${cellText(share, labels)}`}>
                      {share === null ? (
                        <>
                          <span className="heatmap-value" aria-hidden="true">–</span>
                          <span className="visually-hidden">{labels.noData}</span>
                        </>
                      ) : (
                        <span className="heatmap-value">{labels.percent(share)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="heatmap-legend">
        <p className="heatmap-legend-title" id={legend}>{labels.legend}</p>
        <ul aria-labelledby={legend}>
          {legendEntries(labels).map((entry) => (
            <li key={entry.text}>
              <span className={`heatmap-swatch ${entry.step === null ? "heatmap-cell-empty" : `heatmap-step-${entry.step}`}`} aria-hidden="true" />
              {entry.text}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}

const BAR_WIDTH = 64;
const BAR_HEIGHT = 10;

/**
 * A small bar for one share beside its `label`, the already formatted percentage (or "no data"):
 * the text carries the meaning, the bar only helps the eye, so it is hidden from assistive technology.
 */
export function OccupancyBar({ share, label }: { share: number | null; label: string }) {
  const filled = share === null ? 0 : Math.round(Math.min(Math.max(share, 0), 1) * (BAR_WIDTH - 2));
  return (
    <span className="heatmap-bar">
      <svg className="heatmap-bar-track" width={BAR_WIDTH} height={BAR_HEIGHT} viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`} aria-hidden="true" focusable="false">
        <rect x={0.5} y={0.5} width={BAR_WIDTH - 1} height={BAR_HEIGHT - 1} fill="none" stroke={OUTLINE} />
        <rect x={1} y={1} width={filled} height={BAR_HEIGHT - 2} fill={BAR_FILL} />
      </svg>{" "}
      <span className="heatmap-bar-label">{label}</span>
    </span>
  );
}

/** From the earliest to the latest hour with any data, widened to at least 08:00–18:00. */
function visibleHours(values: (number | null)[]): number[] {
  let first = ALWAYS_SHOWN_FIRST_HOUR;
  let last = ALWAYS_SHOWN_LAST_HOUR;
  values.forEach((share, index) => {
    if (share === null) return;
    first = Math.min(first, index % 24);
    last = Math.max(last, index % 24);
  });
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/** 0–20 % is step 0 … 80–100 % is step 4 (100 % itself belongs to the top step). */
function stepOf(share: number): number {
  return Math.min(STEPS - 1, Math.max(0, Math.floor(share * STEPS)));
}

function legendEntries(labels: HeatmapLabels): { text: string; step: number | null }[] {
  const steps = Array.from({ length: STEPS }, (_, step) => ({ text: percentRange(step / STEPS, (step + 1) / STEPS, labels.percent), step }));
  return [...steps, { text: labels.noData, step: null }];
}

/** "0–20 %" rather than "0 %–20 %": the unit is written once when both ends share it. */
function percentRange(lower: number, upper: number, percent: (share: number) => string): string {
  const from = percent(lower);
  const to = percent(upper);
  const unit = /\D*$/.exec(to)?.[0] ?? "";
  return `${unit && from.endsWith(unit) ? from.slice(0, -unit.length) : from}–${to}`;
}

function cellText(share: number | null, labels: HeatmapLabels): string {
  return share === null ? labels.noData : labels.percent(share);
}

function twoDigits(hour: number): string {
  return String(hour).padStart(2, "0");
}

/** The legend's id, unique per chart on a page (charts have different titles). */
function legendId(title: string): string {
  let hash = 0x811c9dc5;
  for (const char of title) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return `heatmap-legend-${(hash >>> 0).toString(36)}`;
}
