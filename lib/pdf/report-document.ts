import { formatMoney } from "@/lib/i18n/figures";
import { listSeparator } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { barChart, ganttChart, legend, radarChart, type GanttRow } from "./charts";
import { renderSummaryPdf } from "./summary-document";
import { CONTENT_WIDTH, PAGE, PdfWriter, type PageMetrics, type Palette } from "./writer";

/**
 * The diagnostic report as a PDF: cover with the tenant's (or consultant's) branding, contents and
 * 报告摘要 on one page, then the eight chapters flowing one after another, each with its tables and
 * vector charts (bars, radar, timeline), and an appendix with every answer and its evidence.
 * Everything arrives as text in the report's language; nothing here reads a database.
 */

export interface PdfPlan {
  kind: "next" | "level2" | "pain";
  /** "到二级的方案" and the like. */
  title: string;
  targetName: string;
  steps: { n: number; what: string; change: string; solutions: string[] }[];
  costYuan: number;
  threeYearCostYuan: number;
  /** The three-year cost is proven the least over the catalogue. */
  exact: boolean;
  /** 软件 / 硬件 / 服务 (yuan). */
  budget: { line: string; oneOffYuan: number; yearlyYuan: number; firstYearYuan: number; threeYearYuan: number }[];
  /** 1-based weeks; within a phase the solutions run in parallel. */
  phases: {
    phase: number;
    startWeek: number;
    endWeek: number;
    minWeeks: number;
    maxWeeks: number;
    steps: string[];
    solutions: { name: string; steps: string[]; minWeeks: number; maxWeeks: number }[];
  }[];
  /** "分2个阶段，约4–18周". */
  schedule: string;
  subsidy: { title: string; amountYuan: number } | null;
  /** First year less the subsidy. */
  netCostYuan: number;
  /** 从痛点出发: one line per pain, and the plan's summary. */
  pain: { lines: string[]; summary: string } | null;
}

export interface ReportPdfInput {
  /** The whole report, or its one-page summary. */
  variant: "full" | "summary";
  locale: Locale;
  /** A demo portal's report: marked on the cover and in every footer. */
  demo: boolean;
  brand: { name: string; primaryColor: string; accentColor: string; /** PNG or JPEG. */ logo: Buffer | null };
  firm: { name: string; facts: string[] };
  submittedAt: string;
  generatedAt: string;
  /** `atTop`: at level 4, where no plan is needed (not "no path found"). */
  level: { name: string; total: number; description: string | null; isReference: boolean; atTop: boolean };
  /** "与…相比，总分位于前30%…", null without peers. */
  peers: string | null;
  dimensions: { label: string; score: number; max: number; peerMedian: number | null; /** 前x% / 后x%. */ standing: string | null }[];
  radar: { label: string; value: number; peerMedian: number | null }[];
  scenes: { label: string; group: string; level: string; constrained: boolean }[];
  profile: {
    inventory: { item: string; value: string }[];
    visit: { date: string; consultant: string | null; organisation: string | null; people: string | null } | null;
  };
  diagnosis: { item: string; now: string; target: string; words: string }[];
  targets: { levelName: string; scenes: { name: string; now: string; target: string; constrained: boolean }[]; kpis: { name: string; unit: string }[] } | null;
  /** The plan to the next level first, then to 二级, then 从痛点出发. */
  plans: PdfPlan[];
  /** Outcome measures to record now. */
  baselines: string[];
  policies: { title: string; verdict: string; amount: string; toConfirm: string }[];
  /** A consultant-made report ends with a block for both parties to sign. */
  signature: boolean;
  /** The chapters in order; `key` places the charts and tables in the chapter they belong to. */
  sections: { key: string; title: string; headline: string; paragraphs: string[]; bullets: string[]; writer: string; sources: string[] }[];
  appendix: { group: string; rows: { question: string; answer: string; points: string; source: string }[] }[];
  /** Evidence files, each with the caption the consultant wrote for it. */
  files: { question: string; name: string; caption: string | null; size: string }[];
  version: { number: number; kind: string; method: string };
}

export interface RenderOptions {
  /** Filled with each page's fill once rendered (the page-fill check). */
  metrics?: PageMetrics[];
}

export function palette(input: Pick<ReportPdfInput, "brand">): Palette {
  return { ink: "#0f172a", muted: "#475569", rule: "#cbd5e1", primary: input.brand.primaryColor, accent: input.brand.accentColor, zebra: "#f1f5f9" };
}

/**
 * What the level rests on: the official indicators for manufacturing; for services and other
 * industries our own reference template after their framework, never presented as the official one.
 */
export function basisLine(input: Pick<ReportPdfInput, "locale" | "level">): string {
  return translator(input.locale)(input.level.isReference ? "pdf.basis.reference" : "pdf.basis.official");
}

/** The demo mark across a page: a red band with 演示报告 · 数据为演示. */
export function demoBand(w: PdfWriter, locale: Locale, y: number): void {
  const text = translator(locale)("pdf.demo.band");
  w.doc.rect(0, y, PAGE.width, 22).fill("#b91c1c");
  w.textAt(text, PAGE.left, y + 5, { size: 11, weight: "bold", color: "#ffffff", width: CONTENT_WIDTH, align: "center" });
}

function cover(w: PdfWriter, input: ReportPdfInput): void {
  const { doc } = w;
  const t = translator(input.locale);
  doc.rect(0, 0, PAGE.width, 230).fill(input.brand.primaryColor);
  if (input.brand.logo) {
    doc.image(input.brand.logo, PAGE.left, 48, { fit: [120, 48] });
  } else {
    // The brand mark: three rising bars.
    [18, 28, 38].forEach((h, i) => doc.rect(PAGE.left + i * 12, 86 - h, 8, h).fill("#ffffff"));
  }
  w.textAt(input.brand.name, PAGE.left + (input.brand.logo ? 132 : 44), 64, { size: 14, weight: "bold", color: "#ffffff" });
  w.textAt(t("pdf.cover.title"), PAGE.left, 130, { size: 24, weight: "bold", color: "#ffffff" });
  w.textAt(basisLine(input), PAGE.left, 168, { size: 10, color: "#ffffff" });
  if (input.demo) demoBand(w, input.locale, 230);
  w.y = 280;
  w.paragraph(input.firm.name, { size: 20, weight: "bold" });
  for (const fact of input.firm.facts) w.paragraph(fact, { size: 10.5, color: w.palette.muted, gap: 2 });
  w.y += 24;
  doc.roundedRect(PAGE.left, w.y, CONTENT_WIDTH, 96, 8).lineWidth(1).strokeColor(input.brand.accentColor).stroke();
  w.textAt(t("pdf.cover.level") + (input.level.isReference ? t("pdf.cover.reference") : ""), PAGE.left + 20, w.y + 16, { size: 10, color: w.palette.muted });
  w.textAt(input.level.name, PAGE.left + 20, w.y + 36, { size: 30, weight: "bold", color: input.brand.primaryColor });
  w.textAt(t("pdf.cover.total"), PAGE.left + 260, w.y + 16, { size: 10, color: w.palette.muted });
  w.textAt(`${input.level.total} / 100`, PAGE.left + 260, w.y + 36, { size: 30, weight: "bold", color: input.brand.accentColor });
  w.y += 130;
  const meta = [
    `${t("pdf.cover.assessed")}: ${input.submittedAt}`,
    `${t("pdf.cover.generated")}: ${input.generatedAt}`,
    `${t("pdf.cover.version")}: ${input.version.number}${t("pdf.cover.versionKind", { kind: input.version.kind })}`,
    input.version.method,
  ];
  for (const m of meta) w.paragraph(m, { size: 9, color: w.palette.muted, gap: 2 });
}

/** A chapter starts on a new page only when less than a quarter of the page is left. */
const CHAPTER_ROOM = (PAGE.height - PAGE.top - PAGE.bottom) / 4;

export async function renderReportPdf(input: ReportPdfInput, options: RenderOptions = {}): Promise<Buffer> {
  if (input.variant === "summary") return renderSummaryPdf(input, options);
  const t = translator(input.locale);
  const money = (yuan: number) => formatMoney(yuan, input.locale);
  const sep = listSeparator(input.locale);
  const w = new PdfWriter({
    locale: input.locale,
    palette: palette(input),
    info: {
      title: `${input.firm.name} · ${t("pdf.info.title")}`,
      author: input.brand.name,
      subject: `${t("pdf.cover.level")}: ${input.level.name}, ${t("pdf.info.total")} ${input.level.total}`,
      keywords: t("pdf.info.keywords"),
    },
  });
  cover(w, input);

  // Contents, then the summary on the same page: the contents' lines are known in number now and
  // their page numbers filled in at the end.
  w.addPage();
  const contentsPage = w.pageIndex;
  const body = input.sections.filter((s) => s.key !== "summary");
  const summary = input.sections.find((s) => s.key === "summary");
  const contentsLines = body.length + 1 + (summary ? 1 : 0);
  w.y = PAGE.top + 17 * 1.5 + 10 + contentsLines * 20 + 18;
  const chapters: { title: string; page: number }[] = [];

  const sectionText = (s: ReportPdfInput["sections"][number]) => {
    w.paragraph(s.headline, { size: 11.5, weight: "bold" });
    for (const para of s.paragraphs) w.paragraph(para);
    if (s.bullets.length > 0) w.bullets(s.bullets);
  };
  const provenance = (s: ReportPdfInput["sections"][number]) => {
    if (s.writer) w.paragraph(`${t("pdf.section.writer")}: ${s.writer}`, { size: 8, color: w.palette.muted, gap: 2 });
    if (s.sources.length > 0) {
      w.paragraph(t("pdf.section.sources"), { size: 8.5, weight: "bold", color: w.palette.muted, gap: 1 });
      for (const src of s.sources) w.paragraph(src, { size: 8, color: w.palette.muted, gap: 2, indent: 8 });
    }
  };

  if (summary) {
    chapters.push({ title: summary.title, page: w.pageIndex + 1 });
    w.heading(summary.title, 1);
    sectionText(summary);
    provenance(summary);
  }

  const profile = () => {
    if (input.profile.inventory.length > 0) {
      w.heading(t("pdf.profile.inventory"), 2);
      w.table(
        [
          { header: t("pdf.profile.item"), width: 150 },
          { header: t("pdf.profile.value"), width: CONTENT_WIDTH - 150 },
        ],
        input.profile.inventory.map((r) => [r.item, r.value]),
      );
    }
    const v = input.profile.visit;
    if (v) {
      w.heading(t("pdf.profile.visit"), 2);
      w.table(
        [
          { header: t("pdf.profile.item"), width: 150 },
          { header: t("pdf.profile.value"), width: CONTENT_WIDTH - 150 },
        ],
        [
          [t("pdf.visit.date"), v.date],
          [t("pdf.visit.consultant"), v.consultant ?? "—"],
          [t("pdf.visit.organisation"), v.organisation ?? "—"],
          [t("pdf.visit.people"), v.people ?? "—"],
        ],
      );
    }
  };

  const result = () => {
    w.heading(t("pdf.ch.level"), 2);
    w.paragraph(
      t(input.level.isReference ? "pdf.level.leadReference" : "pdf.level.lead", { level: input.level.name, total: input.level.total }) +
        (input.level.description ? ` ${input.level.description}` : "") +
        (input.peers ? ` ${input.peers}` : ""),
    );
    const hasPeers = input.dimensions.some((d) => d.peerMedian !== null);
    w.heading(t("pdf.level.dimensions"), 2);
    w.ensure(input.dimensions.length * 24 + 30);
    barChart(
      w,
      input.dimensions.map((d) => ({
        label: d.label,
        value: d.score,
        max: d.max,
        marker: d.peerMedian,
        caption: `${d.score} / ${d.max}${d.standing ? ` · ${d.standing}` : ""}`,
      })),
      { x: PAGE.left, width: CONTENT_WIDTH, labelWidth: 110, markerColor: input.brand.accentColor, captionWidth: 120 },
    );
    legend(
      w,
      [
        { label: t("pdf.legend.firm"), color: input.brand.primaryColor, kind: "box" },
        ...(hasPeers ? [{ label: t("pdf.legend.peer"), color: input.brand.accentColor, kind: "tick" as const }] : []),
      ],
      { x: PAGE.left + 110 },
    );
    w.y += 6;
    // The heading moves with the chart: never alone at the foot of a page.
    w.ensure(310);
    w.heading(t("pdf.level.radar"), 2);
    const radarPeers = input.radar.some((a) => a.peerMedian !== null);
    radarChart(w, {
      cx: PAGE.left + CONTENT_WIDTH / 2,
      cy: w.y + 120,
      radius: 95,
      axes: input.radar.map((a) => a.label),
      valueLabels: true,
      series: [
        { values: input.radar.map((a) => a.value), color: input.brand.primaryColor, fill: true },
        ...(radarPeers ? [{ values: input.radar.map((a) => a.peerMedian ?? 0), color: input.brand.accentColor, dashed: true }] : []),
      ],
    });
    w.y += 250;
    legend(
      w,
      [
        { label: t("pdf.legend.firmShare"), color: input.brand.primaryColor, kind: "light" },
        ...(radarPeers ? [{ label: t("pdf.legend.peerShare"), color: input.brand.accentColor, kind: "dashed" as const }] : []),
      ],
      { x: PAGE.left + CONTENT_WIDTH / 2 - 90 },
    );
    w.y += 6;
    w.table(
      [
        { header: t("pdf.level.group"), width: CONTENT_WIDTH - 180 },
        { header: t("pdf.level.firm"), width: 90, align: "right" },
        { header: t("pdf.level.peerMedian"), width: 90, align: "right" },
      ],
      input.radar.map((a) => [a.label, `${a.value}%`, a.peerMedian === null ? "—" : `${a.peerMedian}%`]),
    );
    w.heading(t("pdf.ch.scenes"), 2);
    w.table(
      [
        { header: t("pdf.scenes.scene"), width: CONTENT_WIDTH - 260 },
        { header: t("pdf.scenes.group"), width: 120 },
        { header: t("pdf.scenes.constrained"), width: 70, align: "center" },
        { header: t("pdf.scenes.level"), width: 70, align: "right" },
      ],
      input.scenes.map((s) => [s.label, s.group, s.constrained ? t("pdf.scenes.yes") : "", s.level]),
    );
  };

  const diagnosis = () => {
    if (input.diagnosis.length === 0) return;
    w.heading(t("pdf.diagnosis.table"), 2);
    w.table(
      [
        { header: t("pdf.diagnosis.item"), width: 80 },
        { header: t("pdf.diagnosis.now"), width: 130 },
        { header: t("pdf.diagnosis.target"), width: CONTENT_WIDTH - 80 - 130 - 120 },
        { header: t("pdf.diagnosis.words"), width: 120 },
      ],
      input.diagnosis.map((d) => [d.item, d.now, d.target, d.words]),
    );
  };

  const targets = () => {
    const g = input.targets;
    if (!g) return;
    if (g.scenes.length > 0) {
      w.heading(t("pdf.targets.scenes", { level: g.levelName }), 2);
      w.table(
        [
          { header: t("pdf.targets.scene"), width: CONTENT_WIDTH - 290 },
          { header: t("pdf.targets.now"), width: 90, align: "center" },
          { header: t("pdf.targets.target"), width: 90, align: "center" },
          { header: t("pdf.scenes.constrained"), width: 110, align: "center" },
        ],
        g.scenes.map((s) => [s.name, s.now, `→ ${s.target}`, s.constrained ? t("pdf.scenes.yes") : ""]),
      );
    }
    if (g.kpis.length > 0) {
      w.heading(t("pdf.targets.kpis"), 2);
      // Empty cells, tall enough to write in by hand.
      w.table(
        [
          { header: t("pdf.targets.kpi"), width: CONTENT_WIDTH - 330 },
          { header: t("pdf.targets.unit"), width: 60, align: "center" },
          { header: t("pdf.targets.baseline"), width: 95 },
          { header: t("pdf.targets.goal"), width: 95 },
          { header: t("pdf.targets.date"), width: 80 },
        ],
        g.kpis.map((k) => [k.name, k.unit || "—", "", "", ""]),
        { minRowHeight: 26 },
      );
    }
  };

  const planTables = (p: PdfPlan) => {
    w.heading(p.title, 2);
    w.table(
      [
        { header: "#", width: 24, align: "right" },
        { header: t("pdf.plan.improve"), width: 100 },
        { header: t("pdf.plan.change"), width: CONTENT_WIDTH - 294 },
        { header: t("pdf.plan.solution"), width: 170 },
      ],
      p.steps.map((s) => [String(s.n), s.what, s.change, s.solutions.join(sep) || "—"]),
    );
    w.table(
      [
        { header: t("pdf.plan.item"), width: CONTENT_WIDTH - 160 },
        { header: t("pdf.plan.amount"), width: 160, align: "right" },
      ],
      [
        // Only the least-cost plans are "the lowest"; the pain-point plan is dearer by construction.
        [p.kind === "pain" ? t("pdf.plan.cost3Pain") : p.exact ? t("pdf.plan.cost3") : t("pdf.plan.cost3Unproven"), money(p.threeYearCostYuan)],
        [t("pdf.plan.cost1"), money(p.costYuan)],
        [p.subsidy ? `${t("pdf.plan.subsidy")}: ${p.subsidy.title}` : t("pdf.plan.subsidyKnown"), p.subsidy ? money(p.subsidy.amountYuan) : "—"],
        [t("pdf.effects.net"), money(p.netCostYuan)],
      ],
    );
    if (p.budget.length > 0) {
      w.table(
        [
          { header: t("pdf.plan.budgetLine"), width: CONTENT_WIDTH - 360 },
          { header: t("pdf.plan.oneOff"), width: 90, align: "right" },
          { header: t("pdf.plan.yearly"), width: 90, align: "right" },
          { header: t("pdf.plan.firstYear"), width: 90, align: "right" },
          { header: t("pdf.plan.threeYears"), width: 90, align: "right" },
        ],
        p.budget.map((b) => [b.line, money(b.oneOffYuan), money(b.yearlyYuan), money(b.firstYearYuan), money(b.threeYearYuan)]),
      );
    }
    if (p.pain) {
      for (const line of p.pain.lines) w.paragraph(line);
      w.paragraph(p.pain.summary);
    }
  };

  const schedule = () => {
    for (const p of input.plans) {
      if (p.phases.length === 0) continue;
      w.heading(t("pdf.schedule.title", { plan: p.title }), 2);
      w.paragraph(p.schedule, { size: 9.5 });
      const rows: GanttRow[] = [];
      for (const ph of p.phases) {
        rows.push({
          label: t("pdf.schedule.phase", { phase: ph.phase }),
          start: ph.startWeek,
          likelyEnd: ph.startWeek + ph.minWeeks - 1,
          end: ph.endWeek,
          phase: true,
          note: t("pdf.milestone.span", { start: ph.startWeek, end: ph.endWeek }),
        });
        for (const s of ph.solutions)
          rows.push({
            label: s.steps.join(sep) || s.name,
            start: ph.startWeek,
            likelyEnd: ph.startWeek + s.minWeeks - 1,
            end: ph.startWeek + s.maxWeeks - 1,
            phase: false,
            note: s.name,
          });
      }
      // A chart taller than ~40% of a page would leave the page before it half empty: phases only then.
      const shown = rows.length > 16 ? rows.filter((r) => r.phase) : rows;
      ganttChart(w, shown, { x: PAGE.left, width: CONTENT_WIDTH, labelWidth: 150, axisLabel: (week) => String(week), unit: t("pdf.schedule.unit") });
      legend(
        w,
        [
          { label: t("pdf.schedule.likely"), color: input.brand.primaryColor, kind: "box" },
          { label: t("pdf.schedule.longest"), color: input.brand.primaryColor, kind: "light" },
        ],
        { x: PAGE.left + 150 },
      );
      w.y += 4;
      w.heading(t("pdf.schedule.milestones", { plan: p.title }), 3);
      w.table(
        [
          { header: t("pdf.milestone.phase"), width: 70 },
          { header: t("pdf.milestone.weeks"), width: 80 },
          { header: t("pdf.milestone.work"), width: CONTENT_WIDTH - 330 },
          { header: t("pdf.milestone.milestone"), width: 180 },
        ],
        p.phases.map((ph) => [
          t("pdf.schedule.phase", { phase: ph.phase }),
          t("pdf.milestone.span", { start: ph.startWeek, end: ph.endWeek }),
          ph.steps.join(sep),
          t("pdf.milestone.done", { week: ph.endWeek }),
        ]),
      );
    }
  };

  const effects = () => {
    if (input.baselines.length > 0) {
      w.heading(t("pdf.plan.baselines"), 2);
      w.paragraph(t("pdf.plan.baselinesText", { baselines: input.baselines.join(sep) }));
    }
    if (input.policies.length > 0) {
      w.heading(t("pdf.effects.policies"), 2);
      w.table(
        [
          { header: t("pdf.plan.policy"), width: CONTENT_WIDTH - 330 },
          { header: t("pdf.plan.verdict"), width: 80 },
          { header: t("pdf.plan.amount"), width: 90, align: "right" },
          { header: t("pdf.plan.toConfirm"), width: 160 },
        ],
        input.policies.map((x) => [x.title, x.verdict, x.amount, x.toConfirm || "—"]),
      );
    }
    if (input.plans.length > 0) {
      w.heading(t("pdf.effects.byPlan"), 2);
      w.table(
        [
          { header: t("pdf.effects.plan"), width: CONTENT_WIDTH - 340 },
          { header: t("pdf.effects.threeYear"), width: 85, align: "right" },
          { header: t("pdf.effects.firstYear"), width: 85, align: "right" },
          { header: t("pdf.effects.subsidy"), width: 85, align: "right" },
          { header: t("pdf.effects.net"), width: 85, align: "right" },
        ],
        input.plans.map((p) => [p.title, money(p.threeYearCostYuan), money(p.costYuan), p.subsidy ? money(p.subsidy.amountYuan) : "—", money(p.netCostYuan)]),
      );
      w.paragraph(t("pdf.effects.netNote"), { size: 8.5, color: w.palette.muted });
    }
  };

  const signature = () => {
    const boxH = 120;
    w.ensure(boxH + 60);
    w.heading(t("pdf.sign.title"), 2);
    w.paragraph(t("pdf.sign.lead"), { size: 9.5 });
    const half = (CONTENT_WIDTH - 20) / 2;
    const top = w.y;
    [t("pdf.sign.provider"), t("pdf.sign.firm")].forEach((party, i) => {
      const x = PAGE.left + i * (half + 20);
      w.doc.rect(x, top, half, boxH).lineWidth(0.8).strokeColor(w.palette.rule).stroke();
      w.textAt(party, x + 10, top + 10, { size: 10, weight: "bold" });
      for (const [label, dy] of [
        [t("pdf.sign.signature"), 56],
        [t("pdf.sign.date"), 96],
      ] as const) {
        w.textAt(label, x + 10, top + dy - 10, { size: 9, color: w.palette.muted });
        const from = x + 14 + w.measure(label, 9);
        w.doc
          .moveTo(from, top + dy)
          .lineTo(x + half - 10, top + dy)
          .lineWidth(0.6)
          .strokeColor(w.palette.ink)
          .stroke();
      }
    });
    w.y = top + boxH + 12;
    w.touch(w.y);
  };

  const extras: Record<string, () => void> = {
    profile,
    result,
    diagnosis,
    targets,
    plan: () => input.plans.forEach(planTables),
    schedule,
    effects,
  };
  for (const s of body) {
    // Chapters flow: a new page only when the one in hand has less than a quarter left. Only then
    // does a page end with a chapter's end (the one page the fill rule lets be short).
    if (w.remaining < CHAPTER_ROOM) {
      w.endChapter();
      w.addPage();
    } else if (w.y > PAGE.top) w.y += 14;
    chapters.push({ title: s.title, page: w.pageIndex + 1 });
    w.heading(s.title, 1);
    sectionText(s);
    extras[s.key]?.();
    if (s.key === "risks" && input.signature) signature();
    provenance(s);
  }
  if (input.signature && !body.some((s) => s.key === "risks")) signature();

  // The appendix is reference material: it starts on its own page.
  w.endChapter();
  w.addPage();
  chapters.push({ title: t("pdf.ch.appendix"), page: w.pageIndex + 1 });
  w.heading(t("pdf.ch.appendix"), 1);
  for (const group of input.appendix) {
    w.heading(group.group, 2);
    w.table(
      [
        { header: t("pdf.appendix.question"), width: 190 },
        { header: t("pdf.appendix.answer"), width: CONTENT_WIDTH - 190 - 60 - 90 },
        { header: t("pdf.appendix.points"), width: 60, align: "right" },
        { header: t("pdf.appendix.basis"), width: 90 },
      ],
      group.rows.map((r) => [r.question, r.answer, r.points, r.source]),
      { size: 8 },
    );
  }
  if (input.files.length > 0) {
    w.heading(t("pdf.appendix.files"), 2);
    w.table(
      [
        { header: t("pdf.appendix.question"), width: 190 },
        { header: t("pdf.appendix.file"), width: CONTENT_WIDTH - 270 },
        { header: t("pdf.appendix.size"), width: 80, align: "right" },
      ],
      input.files.map((f) => [f.question, f.caption ? `${f.name} · ${f.caption}` : f.name, f.size]),
      { size: 8 },
    );
  }
  w.paragraph(t("pdf.version.line", { version: input.version.number, kind: input.version.kind }) + input.version.method, { size: 8.5, color: w.palette.muted });
  w.endChapter();

  // Contents, now that every chapter has its page.
  w.goToPage(contentsPage, PAGE.top);
  w.heading(t("pdf.contents"), 1);
  for (const c of chapters) {
    const label = String(c.page);
    w.textAt(c.title, PAGE.left, w.y, { size: 11 });
    const titleWidth = w.measure(c.title, 11);
    const numberWidth = w.measure(label, 11);
    const dotsFrom = PAGE.left + titleWidth + 6;
    const dotsTo = PAGE.left + CONTENT_WIDTH - numberWidth - 6;
    if (dotsTo > dotsFrom)
      w.doc
        .moveTo(dotsFrom, w.y + 9)
        .lineTo(dotsTo, w.y + 9)
        .dash(1, { space: 2 })
        .lineWidth(0.5)
        .strokeColor(w.palette.rule)
        .stroke()
        .undash();
    w.textAt(label, PAGE.left + CONTENT_WIDTH - numberWidth, w.y, { size: 11 });
    w.y += 20;
  }

  options.metrics?.push(...w.metrics());
  // Every page says what the level rests on when it is a reference level.
  const reference = input.level.isReference ? ` · ${t("pdf.reference.footer")}` : "";
  w.decorate(
    `${input.brand.name} · ${input.firm.name} · ${t("pdf.info.title")}${reference}`,
    (page, total) => t("pdf.footer.page", { page, total }),
    input.demo ? t("pdf.demo.footer") : null,
  );
  return w.finish();
}
