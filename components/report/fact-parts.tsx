import type { ReactNode } from "react";
import type { ClientT } from "@/lib/i18n/format";
import type { ReferenceNames } from "@/lib/reports/references";
import type { PlanFacts, ReportFacts } from "@/prompts/report";
import { Table, type TableProps } from "../ui/table";

/** What every facts table of the report page takes: the stored facts (format 2), names for their ids, the language. */
export interface FactProps {
  facts: ReportFacts;
  names: ReferenceNames;
  t: ClientT;
  locale: "zh-CN" | "en";
}

/**
 * A facts table under its chapter, its caption shown. Wide tables scroll sideways on a phone inside a
 * focusable region (so a keyboard can scroll it too) instead of squeezing the text.
 */
export function FactTable({ wide = false, ...props }: Omit<TableProps, "captionClassName" | "density"> & { caption: string; wide?: boolean }) {
  // Short headers and row names stay on one line; long text wraps in the other cells.
  const table = (
    <Table
      {...props}
      captionClassName="mb-1 text-left font-medium"
      density="compact"
      headRowClassName="border-b border-slate-300 [&>th]:whitespace-nowrap"
      className={`min-w-full ${props.className ?? ""}`}
    />
  );
  if (!wide) return <div className="mt-4">{table}</div>;
  return (
    <div role="region" aria-label={props.caption} tabIndex={0} className="mt-4 overflow-x-auto print:overflow-visible">
      <div className="min-w-[36rem] sm:min-w-0">{table}</div>
    </div>
  );
}

/** A scene level as the report words it: level 0 is 未开展, never "0级". */
export function levelText(t: ClientT, level: number): string {
  return level === 0 ? t("report.facts.level.none") : t("report.facts.level.n", { level });
}

/** A solution by its catalogue name and provider, as the text names it (a demo provider's name says so already); the id when the catalogue no longer has it. */
export function solutionName(names: ReferenceNames, id: string, locale: FactProps["locale"]): string {
  const s = names.solutions[id];
  if (!s) return id;
  return locale === "zh-CN" ? `「${s.name}」（${s.provider}）` : `“${s.name}” (${s.provider})`;
}

export function policyName(names: ReferenceNames, id: string, t: ClientT, locale: FactProps["locale"]): ReactNode {
  const p = names.policies[id];
  if (!p) return id;
  return (
    <a href={p.href} className="text-brand underline">
      {locale === "zh-CN" ? `《${p.title}》` : <cite>{p.title}</cite>}
      {p.demo ? t("report.demo") : ""}
    </a>
  );
}

/** 前 x% / 后 x% of peers, as the facts state it (never a percentile rank). */
export function standingText(t: ClientT, s: ReportFacts["dimensions"][number]["standing"]): string {
  if (!s) return t("report.facts.none");
  if (s.all) return t(s.side === "top" ? "report.facts.standing.aboveAll" : "report.facts.standing.belowAll");
  return t(s.side === "top" ? "report.facts.standing.top" : "report.facts.standing.bottom", { percent: s.percent });
}

/** Where each phase's bar sits over the plan's weeks, in percent of the whole (weeks counted from 1). */
export function timelineBars(phases: PlanFacts["phases"]): {
  weeks: number;
  bars: { phase: number; startWeek: number; endWeek: number; left: number; width: number }[];
} {
  const weeks = Math.max(1, ...phases.map((p) => p.endWeek));
  return {
    weeks,
    bars: phases.map((p) => ({
      phase: p.phase,
      startWeek: p.startWeek,
      endWeek: p.endWeek,
      left: ((p.startWeek - 1) / weeks) * 100,
      width: ((p.endWeek - p.startWeek + 1) / weeks) * 100,
    })),
  };
}

export type PlanKind = "next" | "level2" | "pain";

/** The plans the facts hold, each with its title; the plan to level 2 only when it is not the next one. */
export function plansOf(facts: ReportFacts, t: ClientT): { kind: PlanKind; plan: PlanFacts; title: string }[] {
  const { next, level2, pain } = facts.plans;
  const out: { kind: PlanKind; plan: PlanFacts; title: string }[] = [];
  if (next) out.push({ kind: "next", plan: next, title: t("report.facts.plan.next", { level: next.targetName }) });
  if (level2 && level2.targetLevel !== next?.targetLevel)
    out.push({ kind: "level2", plan: level2, title: t("report.facts.plan.level2", { level: level2.targetName }) });
  if (pain) out.push({ kind: "pain", plan: pain, title: t("report.facts.plan.pain", { level: pain.targetName }) });
  return out;
}
