/**
 * Occupancy by hour of week, drawn on the server as SVG. Everything that must look right without
 * the stylesheet is an SVG attribute (the CSP forbids inline styles); `heatmap-` classes are hooks
 * for the stylesheet only. The chart is one image for assistive technology, so the same numbers
 * follow it as a visually hidden table.
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
 * Five light-to-dark blues with rising luminance, so the order survives greyscale and common
 * colour-vision deficiencies. Five adjacent steps cannot all differ by 3:1, which is why every
 * number is also in the hidden table and in each cell's tooltip.
 */
const STEP_FILLS = ["#eaf3fb", "#b3d3ee", "#6ba7db", "#2f73b8", "#0d3b78"];
const NO_DATA_FILL = "#f2f2f2";
/** 4.5:1 on white: cell borders and hatching stay visible around the lightest step. */
const OUTLINE = "#767676";

const CELL = 24;
const CELL_GAP = 2;
const HEADER_HEIGHT = 20;
const SWATCH = 14;
const LEGEND_ROW = 20;
const LEGEND_GAP = 20;
/** SVG cannot measure text on the server; 7 px per character is generous for 12 px sans-serif. */
const textWidth = (text: string) => text.length * 7;

export function UtilisationHeatmap({ title, values, labels }: HeatmapProps) {
  const id = chartId(title, values);
  const captionId = `${id}-caption`;
  const hatchId = `${id}-no-data`;
  const hours = visibleHours(values);
  const legend = legendEntries(labels);

  const gridLeft = Math.max(...ROW_WEEKDAYS.map((weekday) => textWidth(labels.weekdays[weekday] ?? ""))) + 8;
  const gridRight = gridLeft + hours.length * CELL;
  const gridBottom = HEADER_HEIGHT + ROW_WEEKDAYS.length * CELL;
  const legendLeft = gridRight + LEGEND_GAP;
  const legendWidth = Math.max(textWidth(labels.legend), ...legend.map((entry) => SWATCH + 6 + textWidth(entry.text)));
  const width = legendLeft + legendWidth;
  const height = Math.max(gridBottom, HEADER_HEIGHT + (legend.length + 1) * LEGEND_ROW);

  return (
    <figure className="heatmap">
      <figcaption id={captionId} className="heatmap-caption">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={captionId}
        className="heatmap-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontFamily="system-ui, sans-serif"
        fontSize={12}
      >
        <defs>
          <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill={NO_DATA_FILL} />
            <line x1={0} y1={0} x2={0} y2={6} stroke={OUTLINE} strokeWidth={1.5} />
          </pattern>
        </defs>
        {hours.map((hour, column) => (
          <text key={hour} x={gridLeft + column * CELL + (CELL - CELL_GAP) / 2} y={HEADER_HEIGHT - 6} textAnchor="middle" fontSize={10} fill="currentColor">
            {twoDigits(hour)}
          </text>
        ))}
        {ROW_WEEKDAYS.map((weekday, row) => {
          const y = HEADER_HEIGHT + row * CELL;
          const dayName = labels.weekdays[weekday] ?? "";
          return (
            <g key={weekday} className="heatmap-row">
              <text x={gridLeft - 8} y={y + (CELL - CELL_GAP) / 2} textAnchor="end" dominantBaseline="central" fill="currentColor">
                {dayName}
              </text>
              {hours.map((hour, column) => {
                const share = values[weekday * 24 + hour] ?? null;
                return (
                  <rect
                    key={hour}
                    className={share === null ? "heatmap-cell heatmap-cell-empty" : `heatmap-cell heatmap-step-${stepOf(share)}`}
                    x={gridLeft + column * CELL}
                    y={y}
                    width={CELL - CELL_GAP}
                    height={CELL - CELL_GAP}
                    fill={share === null ? `url(#${hatchId})` : STEP_FILLS[stepOf(share)]}
                    stroke={OUTLINE}
                    strokeWidth={1}
                  >
                    <title>{`${dayName} ${twoDigits(hour)}:00 – ${cellText(share, labels)}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        <g className="heatmap-legend">
          <text x={legendLeft} y={HEADER_HEIGHT - 6} fill="currentColor" fontWeight="bold">
            {labels.legend}
          </text>
          {legend.map((entry, row) => {
            const y = HEADER_HEIGHT + row * LEGEND_ROW;
            return (
              <g key={entry.text}>
                <rect x={legendLeft} y={y} width={SWATCH} height={SWATCH} fill={entry.fill ?? `url(#${hatchId})`} stroke={OUTLINE} strokeWidth={1} />
                <text x={legendLeft + SWATCH + 6} y={y + SWATCH / 2} dominantBaseline="central" fill="currentColor">
                  {entry.text}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <table className="visually-hidden heatmap-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {hours.map((hour) => (
              <th key={hour} scope="col">
                {`${twoDigits(hour)}:00`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROW_WEEKDAYS.map((weekday) => (
            <tr key={weekday}>
              <th scope="row">{labels.weekdays[weekday]}</th>
              {hours.map((hour) => (
                <td key={hour}>{cellText(values[weekday * 24 + hour] ?? null, labels)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
        <rect x={1} y={1} width={filled} height={BAR_HEIGHT - 2} fill={STEP_FILLS[STEP_FILLS.length - 1]} />
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
  return Math.min(STEP_FILLS.length - 1, Math.max(0, Math.floor(share * STEP_FILLS.length)));
}

function legendEntries(labels: HeatmapLabels): { text: string; fill: string | null }[] {
  const steps = STEP_FILLS.map((fill, step) => ({
    text: percentRange(step / STEP_FILLS.length, (step + 1) / STEP_FILLS.length, labels.percent),
    fill,
  }));
  return [...steps, { text: labels.noData, fill: null }];
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

/**
 * A stable id for the caption and hatch pattern, unique per chart on a page without a hook:
 * derived from what the chart shows, so server renders agree with each other.
 */
function chartId(title: string, values: (number | null)[]): string {
  let hash = 0x811c9dc5;
  for (const char of `${title}|${values.join(",")}`) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  }
  return `heatmap-${(hash >>> 0).toString(36)}`;
}
