import type { ReactNode } from "react";
import { Row, RowHead, Table as UiTable } from "../ui/table";

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
export function BarChart({
  title,
  bars,
  max,
  tableLabel,
  columns,
  testId,
  target,
}: {
  title: string;
  bars: Bar[];
  max?: number;
  tableLabel: string;
  columns: [string, string];
  testId?: string;
  target?: { value: number; label: string };
}) {
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
              {target ? (
                <span className="absolute inset-y-[-2px] w-0.5 bg-orange-600" style={{ left: `${Math.min(100, (target.value / top) * 100)}%` }} />
              ) : null}
            </span>
            <span className="tabular-nums text-muted">{b.text}</span>
          </li>
        ))}
      </ul>
      {target ? (
        <p className="text-xs text-muted" aria-hidden="true">
          ▏{target.label}
        </p>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand">{tableLabel}</summary>
        <Table columns={columns} rows={bars.map((b) => [b.label, b.text])} caption={title} />
      </details>
    </figure>
  );
}

/** A table of rows whose first cell names the row (figures right of it), on the one Table. */
export function Table({ columns, rows, caption, testId }: { columns: string[]; rows: ReactNode[][]; caption: string; testId?: string }) {
  return (
    <div className="overflow-x-auto">
      <UiTable head={columns} caption={caption} density="compact" className="mt-2" testId={testId}>
        {rows.map((row, i) => (
          <Row key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <RowHead key={j}>{cell}</RowHead>
              ) : (
                <td key={j} className="tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </Row>
        ))}
      </UiTable>
    </div>
  );
}
