import type { ClientT } from "@/lib/i18n/format";
import type { PlanFacts } from "@/prompts/report";
import { timelineBars } from "./fact-parts";

/** A label column and the weeks: the same on every row and on the axis below, so the bars line up with it. */
const ROW = "grid grid-cols-[9rem_1fr] gap-3 sm:grid-cols-[12rem_1fr]";

/**
 * A plan's phases as bars over its weeks: plain CSS (no chart library, light on a phone). Each bar's
 * row says in words what the bar shows, so the figure reads the same to a screen reader and in print;
 * the bars themselves are decoration.
 */
export function Timeline({ plan, title, t }: { plan: PlanFacts; title: string; t: ClientT }) {
  const { weeks, bars } = timelineBars(plan.phases);
  const caption = t("report.facts.timeline", { plan: title, weeks });
  return (
    <figure className="mt-4 break-inside-avoid" data-testid="facts-timeline">
      <figcaption className="mb-2 text-sm font-medium">{caption}</figcaption>
      <ol className="space-y-2">
        {bars.map((p) => {
          const label = t("report.facts.timeline.bar", { phase: t("report.facts.phase.n", { n: p.phase }), start: p.startWeek, end: p.endWeek });
          return (
            <li key={p.phase} className={`items-center text-xs ${ROW}`}>
              <span>{label}</span>
              <span className="relative block h-4 rounded bg-slate-100 print:border print:border-slate-400" aria-hidden="true">
                <span className="absolute inset-y-0 rounded bg-brand [print-color-adjust:exact]" style={{ left: `${p.left}%`, width: `${p.width}%` }} />
              </span>
            </li>
          );
        })}
      </ol>
      <div className={`mt-1 text-xs text-muted ${ROW}`} aria-hidden="true">
        <span />
        <span className="flex justify-between">
          <span>{t("report.facts.week", { n: 1 })}</span>
          <span>{t("report.facts.week", { n: weeks })}</span>
        </span>
      </div>
    </figure>
  );
}
