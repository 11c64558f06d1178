import type { ReactNode } from "react";

export interface Bar {
  label: string;
  value: number;
  /** What the bar shows in words (e.g. "42 家 · 35%"). */
  text: string;
}

/**
 * Horizontal bars (decorative for screen readers) with the same figures as a table beside them in a
 * disclosure: the table is the accessible, copyable form of the chart.
 */
export function BarChart({ title, bars, max, tableLabel, columns, testId, target }: { title: string; bars: Bar[]; max?: number; tableLabel: string; columns: [string, string]; testId?: string; target?: { value: number; label: string } }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <ul aria-hidden="true" className="space-y-1">
        {bars.map((b) => (
          <li key={b.label} className="grid grid-cols-[minmax(6rem,12rem)_1fr_auto] items-center gap-2 text-xs">
            <span className="truncate">{b.label}</span>
            <span className="relative h-3 rounded bg-slate-100">
              <span className="absolute inset-y-0 left-0 rounded bg-brand" style={{ width: `${Math.min(100, (b.value / top) * 100)}%` }} />
              {target ? <span className="absolute inset-y-[-2px] w-0.5 bg-orange-600" style={{ left: `${Math.min(100, (target.value / top) * 100)}%` }} /> : null}
            </span>
            <span className="tabular-nums text-muted">{b.text}</span>
          </li>
        ))}
      </ul>
      {target ? <p className="text-xs text-muted" aria-hidden="true">▏{target.label}</p> : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand">{tableLabel}</summary>
        <Table columns={columns} rows={bars.map((b) => [b.label, b.text])} caption={title} />
      </details>
    </figure>
  );
}

export function Table({ columns, rows, caption, testId }: { columns: string[]; rows: ReactNode[][]; caption: string; testId?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((c) => (
              <th key={c} scope="col" className="py-1 pr-4">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-100">
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="py-1 pr-4 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className="py-1 pr-4 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Headline figures as a description list: label above, figure below. */
export function Figures({ items, testId, columns = 4 }: { items: [label: string, value: string][]; testId?: string; columns?: 3 | 4 }) {
  return (
    <dl className={`grid gap-3 ${columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-4"}`} data-testid={testId}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-muted">{label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
