/** Figures as our pages print them. */

/** Official points have up to three decimals (e.g. 1.875): show them exactly. */
export const num = (n: number) => String(Math.round(n * 1000) / 1000);

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
