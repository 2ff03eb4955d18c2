/** Small statistics and formatting helpers for the bench's table and JSON. */

const round = (value) =>
  value === null || value === undefined || Number.isNaN(value)
    ? null
    : Math.abs(value) < 10
      ? Math.round(value * 100) / 100
      : Math.round(value * 10) / 10;

/** n, median, p90 (nearest rank), min and max of a list of numbers; nulls are skipped. */
export function stats(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, median: null, p90: null, min: null, max: null };
  const at = (q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return {
    n: sorted.length,
    median: round(at(0.5)),
    p90: round(at(0.9)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
  };
}

export const ratio = (a, b) => (a === null || b === null || !b ? null : round(a / b));

const show = (value) =>
  value === null || value === undefined
    ? '–'
    : Math.abs(value) >= 100
      ? String(Math.round(value))
      : String(round(value));

/** "median / p90 (n)" for a stats object. */
export const medP90 = (stat) =>
  !stat || stat.n === 0 ? '–' : `${show(stat.median)} / ${show(stat.p90)} (${stat.n})`;

export const plain = (value, suffix = '') =>
  value === null || value === undefined ? '–' : `${show(value)}${suffix}`;

/** A fixed-width text table: rows of [label, ...cells]. */
export function textTable(header, rows) {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => String(row?.[column] ?? '').length)),
  );
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0
          ? String(cell).padEnd(widths[column])
          : String(cell ?? '').padStart(widths[column]),
      )
      .join(' │ ');
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  return [line(header), rule, ...rows.map((row) => (row === null ? rule : line(row)))].join('\n');
}
