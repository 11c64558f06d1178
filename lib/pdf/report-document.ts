import { formatMoney } from "@/lib/i18n/figures";
import { listSeparator } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { barChart, radarChart } from "./charts";
import { CONTENT_WIDTH, PAGE, PdfWriter, type Palette } from "./writer";

/**
 * The diagnostic report as a PDF: cover with the tenant's (or consultant's) branding, contents,
 * level and scores with vector charts, the scene table, the costed plan with solutions and
 * subsidies, every report section with its sources, and an appendix with every answer and its
 * evidence. Everything arrives as text in the report's language; nothing here reads a database.
 */

export interface ReportPdfInput {
  locale: Locale;
  brand: { name: string; primaryColor: string; accentColor: string; /** PNG or JPEG. */ logo: Buffer | null };
  firm: { name: string; facts: string[] };
  submittedAt: string;
  generatedAt: string;
  level: { name: string; total: number; description: string | null; isReference: boolean };
  dimensions: { label: string; score: number; max: number; peerMedian: number | null }[];
  radar: { label: string; value: number; peerMedian: number | null }[];
  scenes: { label: string; group: string; level: number; constrained: boolean }[];
  plan: {
    targetName: string;
    steps: { what: string; change: string; solution: string | null }[];
    costYuan: number;
    threeYearCostYuan: number;
    /** The three-year cost is proven the least over the catalogue. */
    exact: boolean;
    /** 软件 / 硬件 / 服务 rows: label, first year, three years (yuan). */
    budget: { line: string; firstYearYuan: number; threeYearYuan: number }[];
    /** "分2个阶段，约4–18周". */
    schedule: string;
    /** Outcome measures to record now. */
    baselines: string[];
    /** 从痛点出发, when the firm named problems we map: one line each, and the plan's summary. */
    pain: { lines: string[]; summary: string } | null;
    subsidy: { title: string; amountYuan: number } | null;
    netCostYuan: number;
    policies: { title: string; verdict: string; amount: string }[];
  } | null;
  /** The chapters in order; `key` places the charts and tables beside the text they belong to. */
  sections: { key: string; title: string; headline: string; paragraphs: string[]; bullets: string[]; writer: string; sources: string[] }[];
  appendix: { group: string; rows: { question: string; answer: string; points: string; source: string }[] }[];
  files: { question: string; name: string; size: string }[];
  version: { number: number; kind: string; method: string };
}

function palette(input: ReportPdfInput): Palette {
  return { ink: "#0f172a", muted: "#475569", rule: "#cbd5e1", primary: input.brand.primaryColor, accent: input.brand.accentColor, zebra: "#f1f5f9" };
}

/**
 * What the level rests on: the official indicators for manufacturing; for services and other
 * industries our own reference template after their framework, never presented as the official one.
 */
export function basisLine(input: Pick<ReportPdfInput, "locale" | "level">): string {
  return translator(input.locale)(input.level.isReference ? "pdf.basis.reference" : "pdf.basis.official");
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

export async function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const t = translator(input.locale);
  const money = (yuan: number) => formatMoney(yuan, input.locale);
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

  // Contents: filled in once the pages of the chapters are known.
  w.addPage();
  const contentsPage = w.pageIndex;
  const chapters: { title: string; page: number }[] = [];
  const chapter = (title: string) => {
    w.addPage();
    chapters.push({ title, page: w.pageIndex + 1 });
    w.heading(title, 1);
  };

  const levelCharts = () => {
    w.heading(t("pdf.ch.level"), 2);
    w.paragraph(
      t(input.level.isReference ? "pdf.level.leadReference" : "pdf.level.lead", { level: input.level.name, total: input.level.total }) +
        (input.level.description ? ` ${input.level.description}` : ""),
    );
    w.heading(t("pdf.level.dimensions"), 2);
    const hasPeers = input.dimensions.some((d) => d.peerMedian !== null);
    barChart(
      w,
      input.dimensions.map((d) => ({ label: d.label, value: d.score, max: d.max, marker: d.peerMedian, caption: `${d.score} / ${d.max}` })),
      { x: PAGE.left, width: CONTENT_WIDTH, labelWidth: 110, markerColor: input.brand.accentColor },
    );
    if (hasPeers) w.paragraph(t("pdf.level.peerTick"), { size: 8.5, color: w.palette.muted });
    w.heading(t("pdf.level.radar"), 2);
    w.ensure(260);
    radarChart(w, {
      cx: PAGE.left + CONTENT_WIDTH / 2,
      cy: w.y + 120,
      radius: 95,
      axes: input.radar.map((a) => a.label),
      series: [
        { values: input.radar.map((a) => a.value), color: input.brand.primaryColor, fill: true },
        ...(input.radar.some((a) => a.peerMedian !== null)
          ? [{ values: input.radar.map((a) => a.peerMedian ?? 0), color: input.brand.accentColor, dashed: true }]
          : []),
      ],
    });
    w.y += 250;
    w.table(
      [
        { header: t("pdf.level.group"), width: CONTENT_WIDTH - 180 },
        { header: t("pdf.level.firm"), width: 90, align: "right" },
        { header: t("pdf.level.peerMedian"), width: 90, align: "right" },
      ],
      input.radar.map((a) => [a.label, `${a.value}%`, a.peerMedian === null ? "—" : `${a.peerMedian}%`]),
    );
  };
  const sceneTable = () => {
    w.heading(t("pdf.ch.scenes"), 2);
    w.table(
      [
        { header: t("pdf.scenes.scene"), width: CONTENT_WIDTH - 260 },
        { header: t("pdf.scenes.group"), width: 120 },
        { header: t("pdf.scenes.constrained"), width: 70, align: "center" },
        { header: t("pdf.scenes.level"), width: 70, align: "right" },
      ],
      input.scenes.map((s) => [s.label, s.group, s.constrained ? t("pdf.scenes.yes") : "", `${s.level} / 4`]),
    );
  };
  const planTables = () => {
    if (input.plan) {
      const p = input.plan;
      w.heading(t("pdf.ch.plan", { target: p.targetName }), 2);
      w.table(
        [
          { header: "#", width: 24, align: "right" },
          { header: t("pdf.plan.improve"), width: 120 },
          { header: t("pdf.plan.change"), width: CONTENT_WIDTH - 314 },
          { header: t("pdf.plan.solution"), width: 170 },
        ],
        p.steps.map((s, i) => [String(i + 1), s.what, s.change, s.solution ?? "—"]),
      );
      w.table(
        [
          { header: t("pdf.plan.item"), width: CONTENT_WIDTH - 160 },
          { header: t("pdf.plan.amount"), width: 160, align: "right" },
        ],
        [
          [p.exact ? t("pdf.plan.cost3") : t("pdf.plan.cost3Unproven"), money(p.threeYearCostYuan)],
          [t("pdf.plan.cost1"), money(p.costYuan)],
          [p.subsidy ? `${t("pdf.plan.subsidy")}: ${p.subsidy.title}` : t("pdf.plan.subsidyKnown"), p.subsidy ? money(p.subsidy.amountYuan) : "—"],
          [t("pdf.plan.net"), money(p.netCostYuan)],
        ],
      );
      if (p.budget.length > 0) {
        w.heading(t("pdf.plan.budget"), 2);
        w.table(
          [
            { header: t("pdf.plan.budgetLine"), width: CONTENT_WIDTH - 260 },
            { header: t("pdf.plan.firstYear"), width: 130, align: "right" },
            { header: t("pdf.plan.threeYears"), width: 130, align: "right" },
          ],
          p.budget.map((b) => [b.line, money(b.firstYearYuan), money(b.threeYearYuan)]),
        );
        w.paragraph(p.schedule);
      }
      if (p.baselines.length > 0) {
        w.heading(t("pdf.plan.baselines"), 2);
        w.paragraph(t("pdf.plan.baselinesText", { baselines: p.baselines.join(listSeparator(input.locale)) }));
      }
      if (p.pain) {
        w.heading(t("pdf.plan.pain"), 2);
        for (const line of p.pain.lines) w.paragraph(line);
        w.paragraph(p.pain.summary);
      }
      if (p.policies.length > 0) {
        w.heading(t("pdf.plan.policies"), 2);
        w.table(
          [
            { header: t("pdf.plan.policy"), width: CONTENT_WIDTH - 230 },
            { header: t("pdf.plan.verdict"), width: 120 },
            { header: t("pdf.plan.amount"), width: 110, align: "right" },
          ],
          p.policies.map((x) => [x.title, x.verdict, x.amount]),
        );
      }
    }
  };
  // Chapters flow one after another (a page per chapter left most pages half empty); the charts and
  // tables follow the chapter they belong to.
  for (const s of input.sections) {
    if (s.key === "summary") {
      chapter(s.title);
    } else {
      w.ensure(160);
      chapters.push({ title: s.title, page: w.pageIndex + 1 });
      w.heading(s.title, 1);
    }
    w.paragraph(s.headline, { size: 11.5, weight: "bold" });
    for (const para of s.paragraphs) w.paragraph(para);
    if (s.bullets.length > 0) w.bullets(s.bullets);
    if (s.key === "result") {
      levelCharts();
      sceneTable();
    }
    if (s.key === "plan") planTables();
    w.paragraph(`${t("pdf.section.writer")}: ${s.writer}`, { size: 8, color: w.palette.muted, gap: 2 });
    if (s.sources.length > 0) {
      w.paragraph(t("pdf.section.sources"), { size: 8.5, weight: "bold", color: w.palette.muted, gap: 1 });
      for (const src of s.sources) w.paragraph(src, { size: 8, color: w.palette.muted, gap: 2, indent: 8 });
    }
  }

  chapter(t("pdf.ch.appendix"));
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
      input.files.map((f) => [f.question, f.name, f.size]),
      { size: 8 },
    );
  }
  w.paragraph(t("pdf.version.line", { version: input.version.number, kind: input.version.kind }) + input.version.method, { size: 8.5, color: w.palette.muted });

  // Contents, now that every chapter has its page.
  w.doc.switchToPage(contentsPage);
  w.y = PAGE.top;
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
    w.y += 22;
  }

  // Every page says what the level rests on when it is a reference level.
  const reference = input.level.isReference ? ` · ${t("pdf.reference.footer")}` : "";
  w.decorate(`${input.brand.name} · ${input.firm.name} · ${t("pdf.info.title")}${reference}`, (page, total) => t("pdf.footer.page", { page, total }));
  return w.finish();
}
