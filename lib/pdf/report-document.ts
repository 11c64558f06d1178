import { barChart, radarChart } from "./charts";
import { CONTENT_WIDTH, PAGE, PdfWriter, type Palette } from "./writer";

/**
 * The diagnostic report as a PDF: cover with the tenant's (or consultant's) branding, contents,
 * level and scores with vector charts, the scene table, the costed plan with solutions and
 * subsidies, every report section with its sources, and an appendix with every answer and its
 * evidence. Everything arrives as text in the report's language; nothing here reads a database.
 */

export interface ReportPdfInput {
  locale: "zh-CN" | "en";
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
  sections: { title: string; headline: string; paragraphs: string[]; bullets: string[]; writer: string; sources: string[] }[];
  appendix: { group: string; rows: { question: string; answer: string; points: string; source: string }[] }[];
  files: { question: string; name: string; size: string }[];
  version: { number: number; kind: string; method: string };
}

const L = (locale: "zh-CN" | "en", zh: string, en: string) => (locale === "en" ? en : zh);
export const formatYuan = (locale: "zh-CN" | "en", n: number) => (locale === "en" ? `CNY ${n.toLocaleString("en-US")}` : `${(n / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}万元`);

function palette(input: ReportPdfInput): Palette {
  return { ink: "#0f172a", muted: "#475569", rule: "#cbd5e1", primary: input.brand.primaryColor, accent: input.brand.accentColor, zebra: "#f1f5f9" };
}

/**
 * What the level rests on: the official indicators for manufacturing; for services and other
 * industries our own reference template after their framework, never presented as the official one.
 */
export function basisLine(input: Pick<ReportPdfInput, "locale" | "level">): string {
  return input.level.isReference
    ? L(input.locale, "参照《中小企业数字化水平评测指标（2024年版）》框架（数诊参考模板）", "After the framework of the MIIT SME Digital Level Assessment Indicators (2024 edition), Shuzhen reference template")
    : L(input.locale, "依据《中小企业数字化水平评测指标（2024年版）》", "Under the MIIT SME Digital Level Assessment Indicators (2024 edition)");
}

function cover(w: PdfWriter, input: ReportPdfInput): void {
  const { doc } = w;
  const t = (zh: string, en: string) => L(input.locale, zh, en);
  doc.rect(0, 0, PAGE.width, 230).fill(input.brand.primaryColor);
  if (input.brand.logo) {
    doc.image(input.brand.logo, PAGE.left, 48, { fit: [120, 48] });
  } else {
    // The brand mark: three rising bars.
    [18, 28, 38].forEach((h, i) => doc.rect(PAGE.left + i * 12, 86 - h, 8, h).fill("#ffffff"));
  }
  w.textAt(input.brand.name, PAGE.left + (input.brand.logo ? 132 : 44), 64, { size: 14, weight: "bold", color: "#ffffff" });
  w.textAt(t("中小企业数字化水平诊断报告", "SME digital level diagnostic report"), PAGE.left, 130, { size: 24, weight: "bold", color: "#ffffff" });
  w.textAt(basisLine(input), PAGE.left, 168, { size: 10, color: "#ffffff" });
  w.y = 280;
  w.paragraph(input.firm.name, { size: 20, weight: "bold" });
  for (const fact of input.firm.facts) w.paragraph(fact, { size: 10.5, color: w.palette.muted, gap: 2 });
  w.y += 24;
  doc.roundedRect(PAGE.left, w.y, CONTENT_WIDTH, 96, 8).lineWidth(1).strokeColor(input.brand.accentColor).stroke();
  w.textAt(t("数字化水平", "Digital level") + (input.level.isReference ? t("（参考等级）", " (reference)") : ""), PAGE.left + 20, w.y + 16, { size: 10, color: w.palette.muted });
  w.textAt(input.level.name, PAGE.left + 20, w.y + 36, { size: 30, weight: "bold", color: input.brand.primaryColor });
  w.textAt(t("总分", "Total"), PAGE.left + 260, w.y + 16, { size: 10, color: w.palette.muted });
  w.textAt(`${input.level.total} / 100`, PAGE.left + 260, w.y + 36, { size: 30, weight: "bold", color: input.brand.accentColor });
  w.y += 130;
  const meta = [
    `${t("评测提交", "Assessed")}: ${input.submittedAt}`,
    `${t("报告生成", "Report generated")}: ${input.generatedAt}`,
    `${t("报告版本", "Report version")}: ${input.version.number}${t(`（${input.version.kind}）`, ` (${input.version.kind})`)}`,
    input.version.method,
  ];
  for (const m of meta) w.paragraph(m, { size: 9, color: w.palette.muted, gap: 2 });
}

export async function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const t = (zh: string, en: string) => L(input.locale, zh, en);
  const w = new PdfWriter({
    locale: input.locale,
    palette: palette(input),
    info: {
      title: `${input.firm.name} · ${t("数字化水平诊断报告", "Digital level diagnostic report")}`,
      author: input.brand.name,
      subject: `${t("数字化水平", "Digital level")}: ${input.level.name}, ${t("总分", "total")} ${input.level.total}`,
      keywords: t("数字化转型, 中小企业, 数字化水平评测, 诊断报告", "digital transformation, SME, digital level, diagnostic report"),
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

  chapter(t("等级与得分", "Level and scores"));
  w.paragraph(
    t(
      `企业数字化水平为${input.level.name}${input.level.isReference ? "（参考等级）" : ""}，总分${input.level.total}分（满分100分）。`,
      `The firm is at ${input.level.name}${input.level.isReference ? " (reference level)" : ""} with ${input.level.total} of 100 points.`,
    ) + (input.level.description ? ` ${input.level.description}` : ""),
  );
  w.heading(t("维度得分", "Dimension scores"), 2);
  const hasPeers = input.dimensions.some((d) => d.peerMedian !== null);
  barChart(
    w,
    input.dimensions.map((d) => ({ label: d.label, value: d.score, max: d.max, marker: d.peerMedian, caption: `${d.score} / ${d.max}` })),
    { x: PAGE.left, width: CONTENT_WIDTH, labelWidth: 110, markerColor: input.brand.accentColor },
  );
  if (hasPeers) w.paragraph(t("竖线为同类企业中位数。", "The tick marks the peer median."), { size: 8.5, color: w.palette.muted });
  w.heading(t("雷达图（得分率，%）", "Radar (share of maximum, %)"), 2);
  w.ensure(260);
  radarChart(w, {
    cx: PAGE.left + CONTENT_WIDTH / 2,
    cy: w.y + 120,
    radius: 95,
    axes: input.radar.map((a) => a.label),
    series: [
      { values: input.radar.map((a) => a.value), color: input.brand.primaryColor, fill: true },
      ...(input.radar.some((a) => a.peerMedian !== null) ? [{ values: input.radar.map((a) => a.peerMedian ?? 0), color: input.brand.accentColor, dashed: true }] : []),
    ],
  });
  w.y += 250;
  w.table(
    [
      { header: t("维度或场景组", "Dimension or scene group"), width: CONTENT_WIDTH - 180 },
      { header: t("本企业", "This firm"), width: 90, align: "right" },
      { header: t("同类中位数", "Peer median"), width: 90, align: "right" },
    ],
    input.radar.map((a) => [a.label, `${a.value}%`, a.peerMedian === null ? "—" : `${a.peerMedian}%`]),
  );

  chapter(t("业务场景等级", "Business scene levels"));
  w.table(
    [
      { header: t("场景", "Scene"), width: CONTENT_WIDTH - 260 },
      { header: t("分组", "Group"), width: 120 },
      { header: t("约束性", "Constrained"), width: 70, align: "center" },
      { header: t("等级", "Level"), width: 70, align: "right" },
    ],
    input.scenes.map((s) => [s.label, s.group, s.constrained ? t("是", "yes") : "", `${s.level} / 4`]),
  );

  if (input.plan) {
    const p = input.plan;
    chapter(t(`到${p.targetName}的路径、费用与补贴`, `Path to ${p.targetName}: cost and subsidies`));
    w.table(
      [
        { header: "#", width: 24, align: "right" },
        { header: t("改进项", "Improve"), width: 120 },
        { header: t("变化", "Change"), width: CONTENT_WIDTH - 314 },
        { header: t("方案（用于估价）", "Solution (priced)"), width: 170 },
      ],
      p.steps.map((s, i) => [String(i + 1), s.what, s.change, s.solution ?? "—"]),
    );
    w.table(
      [
        { header: t("项目", "Item"), width: CONTENT_WIDTH - 160 },
        { header: t("金额", "Amount"), width: 160, align: "right" },
      ],
      [
        [
          p.exact
            ? t("三年总成本：一次性费用加三年年费（目录中满足等级规则的最低组合，精确求解）", "Three-year cost: one-off plus three years of fees (the lowest set in the catalogue that meets the level rule, solved exactly)")
            : t("三年总成本：一次性费用加三年年费（求解超时，未能证明最低）", "Three-year cost: one-off plus three years of fees (the solver timed out before proving it the lowest)"),
          formatYuan(input.locale, p.threeYearCostYuan),
        ],
        [t("其中一次性加首年费用（目录报价中位数）", "Of which one-off plus first year (middle of catalogue prices)"), formatYuan(input.locale, p.costYuan)],
        [p.subsidy ? `${t("可能的补贴", "Possible subsidy")}: ${p.subsidy.title}` : t("可确定金额的补贴", "Subsidy with a known amount"), p.subsidy ? formatYuan(input.locale, p.subsidy.amountYuan) : "—"],
        [t("净成本", "Net cost"), formatYuan(input.locale, p.netCostYuan)],
      ],
    );
    if (p.budget.length > 0) {
      w.heading(t("预算与实施顺序", "Budget and order of work"), 2);
      w.table(
        [
          { header: t("类别", "Line"), width: CONTENT_WIDTH - 260 },
          { header: t("首年", "First year"), width: 130, align: "right" },
          { header: t("三年合计", "Three years"), width: 130, align: "right" },
        ],
        p.budget.map((b) => [b.line, formatYuan(input.locale, b.firstYearYuan), formatYuan(input.locale, b.threeYearYuan)]),
      );
      w.paragraph(p.schedule);
    }
    if (p.baselines.length > 0) {
      w.heading(t("预期成效与基线", "Expected effects and baselines"), 2);
      w.paragraph(t(`成效指标不能靠采购获得。请现在记录以下基线，下次评测才能证明改善：${p.baselines.join("；")}。`, `Outcome indicators cannot be bought. Record these baselines now so the next assessment can prove the change: ${p.baselines.join("; ")}.`));
    }
    if (p.pain) {
      w.heading(t("从痛点出发的方案", "Starting from the firm's problems"), 2);
      for (const line of p.pain.lines) w.paragraph(line);
      w.paragraph(p.pain.summary);
    }
    if (p.policies.length > 0) {
      w.heading(t("政策匹配", "Policy matching"), 2);
      w.table(
        [
          { header: t("政策", "Policy"), width: CONTENT_WIDTH - 230 },
          { header: t("结论", "Verdict"), width: 120 },
          { header: t("金额", "Amount"), width: 110, align: "right" },
        ],
        p.policies.map((x) => [x.title, x.verdict, x.amount]),
      );
    }
  }

  for (const s of input.sections) {
    chapter(s.title);
    w.paragraph(s.headline, { size: 11.5, weight: "bold" });
    for (const para of s.paragraphs) w.paragraph(para);
    if (s.bullets.length > 0) w.bullets(s.bullets);
    w.paragraph(`${t("撰写方式", "Written by")}: ${s.writer}`, { size: 8, color: w.palette.muted, gap: 2 });
    if (s.sources.length > 0) {
      w.paragraph(t("数据来源", "Sources"), { size: 8.5, weight: "bold", color: w.palette.muted, gap: 1 });
      for (const src of s.sources) w.paragraph(src, { size: 8, color: w.palette.muted, gap: 2, indent: 8 });
    }
  }

  chapter(t("附录：全部答案与依据", "Appendix: every answer and its evidence"));
  for (const group of input.appendix) {
    w.heading(group.group, 2);
    w.table(
      [
        { header: t("题目", "Question"), width: 190 },
        { header: t("回答", "Answer"), width: CONTENT_WIDTH - 190 - 60 - 90 },
        { header: t("得分", "Points"), width: 60, align: "right" },
        { header: t("依据", "Basis"), width: 90 },
      ],
      group.rows.map((r) => [r.question, r.answer, r.points, r.source]),
      { size: 8 },
    );
  }
  if (input.files.length > 0) {
    w.heading(t("佐证材料", "Evidence files"), 2);
    w.table(
      [
        { header: t("题目", "Question"), width: 190 },
        { header: t("文件", "File"), width: CONTENT_WIDTH - 270 },
        { header: t("大小", "Size"), width: 80, align: "right" },
      ],
      input.files.map((f) => [f.question, f.name, f.size]),
      { size: 8 },
    );
  }
  w.paragraph(t(`报告版本 ${input.version.number}（${input.version.kind}）。`, `Report version ${input.version.number} (${input.version.kind}). `) + input.version.method, { size: 8.5, color: w.palette.muted });

  // Contents, now that every chapter has its page.
  w.doc.switchToPage(contentsPage);
  w.y = PAGE.top;
  w.heading(t("目录", "Contents"), 1);
  for (const c of chapters) {
    const label = String(c.page);
    w.textAt(c.title, PAGE.left, w.y, { size: 11 });
    const titleWidth = w.measure(c.title, 11);
    const numberWidth = w.measure(label, 11);
    const dotsFrom = PAGE.left + titleWidth + 6;
    const dotsTo = PAGE.left + CONTENT_WIDTH - numberWidth - 6;
    if (dotsTo > dotsFrom) w.doc.moveTo(dotsFrom, w.y + 9).lineTo(dotsTo, w.y + 9).dash(1, { space: 2 }).lineWidth(0.5).strokeColor(w.palette.rule).stroke().undash();
    w.textAt(label, PAGE.left + CONTENT_WIDTH - numberWidth, w.y, { size: 11 });
    w.y += 22;
  }

  // Every page says what the level rests on when it is a reference level.
  const reference = input.level.isReference ? ` · ${t("参照评测指标框架（数诊参考模板）", "reference template")}` : "";
  w.decorate(`${input.brand.name} · ${input.firm.name} · ${t("数字化水平诊断报告", "Digital level diagnostic report")}${reference}`, (page, total) =>
    t(`第 ${page} 页 / 共 ${total} 页`, `Page ${page} of ${total}`),
  );
  return w.finish();
}
