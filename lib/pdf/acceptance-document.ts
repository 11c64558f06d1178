import { exactMoney, formatScore } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { localize, type Localized } from "@/lib/i18n/localized";
import type { Comparison, PackItem, Prediction } from "@/lib/projects/pack-data";
import { CONTENT_WIDTH, PAGE, PdfWriter, type TableColumn } from "./writer";

/**
 * The acceptance pack's PDF (验收材料): the eight items in order, every figure from the records: the
 * application form, before/after by level, total, dimension, indicator and scene, the 成效 answers
 * against the baseline, the evidence checklist, the contract, the milestones, the pledge, the
 * provider's statement, and what an on-site reviewer will most likely question. Rendered in a worker.
 */

export interface AcceptancePackInput {
  locale: Locale;
  generatedAt: string;
  demo: boolean;
  portal: { zh: string; en: string };
  project: {
    id: string;
    title: string;
    status: Localized;
    providerName: string;
    targetLevel: number;
    targetScenes: Localized[];
    lightweight: boolean;
    contractSignedOn: string | null;
    contractAmountYuan: number;
    items: { name: string; category: string; amountYuan: number; solutionId: string | null }[];
    milestones: { name: string; due: string; doneOn: string | null; note: string | null }[];
    events: { from: Localized | null; to: Localized; at: string; note: string | null; actor: string | null }[];
  };
  firm: { name: string; creditCode: string | null; region: string | null; employees: number | null; revenueWan: number | null };
  baseline: { id: string; submittedAt: string | null };
  after: { id: string; submittedAt: string | null };
  comparison: Comparison;
  prediction: Prediction;
  checklist: PackItem[];
  /** The acceptance application form as answered, in the reader's words. */
  application: { title: Localized; lines: { label: string; value: string }[] } | null;
  documents: { slot: Localized; fileName: string }[];
}

const CATEGORY: Record<string, Localized> = {
  software: { "zh-CN": "软件", en: "Software" },
  hardware: { "zh-CN": "硬件", en: "Hardware" },
  service: { "zh-CN": "服务", en: "Service" },
};

export async function renderAcceptancePdf(input: AcceptancePackInput): Promise<Buffer> {
  const { locale } = input;
  const L = (zh: string, en: string) => (locale === "en" ? en : zh);
  const loc = (text: Localized) => localize(text, locale);
  const money = (yuan: number) => exactMoney(yuan, locale);
  const c = input.comparison;
  const levelName = (level: number) => loc(c.levelNames[level] ?? { "zh-CN": String(level) });
  const signed = (d: number) => (d > 0 ? `+${formatScore(d)}` : d < 0 ? `−${formatScore(-d)}` : "0");
  const w = new PdfWriter({
    locale,
    palette: { ink: "#0f172a", muted: "#475569", rule: "#cbd5e1", primary: "#1d4ed8", accent: "#0f766e", zebra: "#f1f5f9" },
    info: {
      title: `${input.firm.name} · ${L("数字化改造项目验收材料", "Acceptance pack of the transformation project")}`,
      author: L(input.portal.zh, input.portal.en),
      subject: `${L("改造前", "Before")} ${levelName(c.levelBefore)} → ${L("改造后", "after")} ${levelName(c.levelAfter)}`,
      keywords: L("验收材料,数字化转型,中小企业", "acceptance,digital transformation,SME"),
    },
  });
  const col = (header: string, share: number, align?: TableColumn["align"]): TableColumn => ({ header, width: CONTENT_WIDTH * share, align });
  const section = (n: number, key: PackItem["key"]) => {
    const item = input.checklist.find((i) => i.key === key)!;
    w.heading(`${n}. ${loc(item.title)}${item.present ? "" : L("（缺）", " (missing)")}`, 1);
    if (!item.present) w.paragraph(`${L("缺少：", "Missing: ")}${loc(item.reason)}`, { color: "#b91c1c", weight: "bold" });
  };

  // Cover and contents.
  w.y = PAGE.top + 40;
  w.paragraph(L(input.portal.zh, input.portal.en), { size: 12, color: w.palette.muted });
  w.paragraph(L("中小企业数字化改造项目验收材料", "Acceptance pack of an SME digital transformation project"), {
    size: 22,
    weight: "bold",
    color: w.palette.primary,
  });
  w.paragraph(input.firm.name, { size: 16, weight: "bold" });
  w.paragraph(input.project.title, { size: 12 });
  w.y += 10;
  w.table(
    [col(L("项目", "Item"), 0.35), col(L("内容", "Value"), 0.65)],
    [
      [L("改造前等级（基线评测）", "Level before (baseline)"), `${levelName(c.levelBefore)} · ${formatScore(c.totalBefore)} ${L("分", "points")}`],
      [L("改造后等级（自评估）", "Level after (self-assessment)"), `${levelName(c.levelAfter)} · ${formatScore(c.totalAfter)} ${L("分", "points")}`],
      [L("目标等级", "Target level"), levelName(input.project.targetLevel)],
      [L("项目状态", "Project state"), loc(input.project.status)],
      [L("生成时间", "Generated"), input.generatedAt],
    ],
  );
  w.heading(L("材料清单", "Contents"), 2);
  w.table(
    [col("#", 0.08), col(L("材料", "Item"), 0.5), col(L("状态", "State"), 0.42)],
    input.checklist.map((item, i) => [
      String(i + 1),
      loc(item.title),
      `${item.present ? L("齐全", "present") : L("缺：", "missing: ")}${item.present ? "" : loc(item.reason)}`,
    ]),
  );
  w.paragraph(
    L(
      "本材料由数诊根据项目备案、评测和上传的文件自动生成：等级和分数按工业和信息化部《中小企业数字化水平评测指标（2024年版）》计算；改造后等级为企业自评估结果，以现场核验为准。",
      "Built by Shuzhen from the project's records, the assessments and the uploaded files: levels and points follow MIIT's 2024 SME digital-level indicators; the level after is the firm's self-assessment, to be confirmed on site.",
    ),
    { size: 9, color: w.palette.muted },
  );

  // 1. Application form.
  w.addPage();
  section(1, "application");
  w.table(
    [col(L("栏目", "Field"), 0.35), col(L("填写内容", "Entry"), 0.65)],
    [
      [L("企业名称", "Firm"), input.firm.name],
      [L("统一社会信用代码", "Unified social credit code"), input.firm.creditCode ?? L("未填写", "not given")],
      [L("所在地区", "Region"), input.firm.region ?? L("未填写", "not given")],
      [L("从业人数", "Employees"), input.firm.employees === null ? L("未填写", "not given") : String(input.firm.employees)],
      [L("营业收入（万元）", "Revenue (10k yuan)"), input.firm.revenueWan === null ? L("未填写", "not given") : String(input.firm.revenueWan)],
      [L("项目名称", "Project"), input.project.title],
      [L("服务商", "Provider"), input.project.providerName],
      [L("合同金额", "Contract amount"), money(input.project.contractAmountYuan)],
      [L("合同签订日期", "Contract signed"), input.project.contractSignedOn ?? L("未填写", "not given")],
      [L("小快轻准产品", "小快轻准 (small, fast, light, precise)"), input.project.lightweight ? L("是", "yes") : L("否", "no")],
      [L("目标等级", "Target level"), levelName(input.project.targetLevel)],
      [L("目标场景", "Target scenes"), input.project.targetScenes.length ? input.project.targetScenes.map(loc).join("、") : L("未指定", "none named")],
      [L("基线评测", "Baseline assessment"), `${input.baseline.id} · ${input.baseline.submittedAt ?? ""}`],
      [L("改造后评测", "After-assessment"), `${input.after.id} · ${input.after.submittedAt ?? ""}`],
    ],
  );
  if (input.application) {
    w.heading(loc(input.application.title), 2);
    w.table(
      [col(L("栏目", "Field"), 0.35), col(L("填写内容", "Entry"), 0.65)],
      input.application.lines.map((l) => [l.label, l.value]),
    );
  }
  w.heading(L("项目过程记录", "Project history"), 2);
  w.table(
    [col(L("时间", "When"), 0.3), col(L("状态变化", "Move"), 0.35), col(L("操作人及说明", "By, note"), 0.35)],
    input.project.events.map((e) => [
      e.at.slice(0, 16).replace("T", " "),
      e.from ? `${loc(e.from)} → ${loc(e.to)}` : L("创建", "created"),
      [e.actor, e.note].filter(Boolean).join("："),
    ]),
  );

  // 2. Before and after.
  w.addPage();
  section(2, "comparison");
  w.paragraph(
    L(
      `改造前 ${levelName(c.levelBefore)}（${formatScore(c.totalBefore)} 分），改造后 ${levelName(c.levelAfter)}（${formatScore(c.totalAfter)} 分），总分变化 ${signed(c.totalAfter - c.totalBefore)} 分；目标 ${levelName(input.project.targetLevel)}${c.levelAfter >= input.project.targetLevel ? "，已达到" : "，尚未达到"}。`,
      `Before: ${levelName(c.levelBefore)} (${formatScore(c.totalBefore)} points); after: ${levelName(c.levelAfter)} (${formatScore(c.totalAfter)} points), a change of ${signed(c.totalAfter - c.totalBefore)}; target ${levelName(input.project.targetLevel)}${c.levelAfter >= input.project.targetLevel ? ", reached" : ", not reached"}.`,
    ),
    { weight: "bold" },
  );
  w.heading(L("维度", "Dimensions"), 2);
  w.table(
    [
      col(L("维度", "Dimension"), 0.4),
      col(L("改造前", "Before"), 0.2, "right"),
      col(L("改造后", "After"), 0.2, "right"),
      col(L("变化", "Change"), 0.2, "right"),
    ],
    c.dimensions.map((d) => [`${loc(d.label)}（${formatScore(d.max)}）`, formatScore(d.before), formatScore(d.after), signed(d.after - d.before)]),
  );
  w.heading(L("二级指标", "Indicators"), 2);
  w.table(
    [
      col(L("指标", "Indicator"), 0.46),
      col(L("满分", "Max"), 0.12, "right"),
      col(L("改造前", "Before"), 0.14, "right"),
      col(L("改造后", "After"), 0.14, "right"),
      col(L("变化", "Change"), 0.14, "right"),
    ],
    c.indicators.map((i) => [`${loc(i.label)}（${i.code}）`, formatScore(i.max), formatScore(i.before), formatScore(i.after), signed(i.after - i.before)]),
  );
  w.heading(L("场景等级", "Scene levels"), 2);
  w.table(
    [col(L("场景", "Scene"), 0.52), col(L("约束性", "Constrained"), 0.16), col(L("改造前", "Before"), 0.16, "right"), col(L("改造后", "After"), 0.16, "right")],
    c.scenes.map((s) => [`${loc(s.label)}（${s.code}）`, s.constrained ? L("是", "yes") : "", String(s.before), String(s.after)]),
  );
  w.heading(L("成效指标：与诊断时的基线对比", "Outcome indicators against the baseline recorded at diagnosis"), 2);
  w.table(
    [
      col(L("题目", "Question"), 0.34),
      col(L("诊断时（基线）", "At diagnosis (baseline)"), 0.26),
      col(L("改造后", "After"), 0.26),
      col(L("得分变化", "Points"), 0.14, "right"),
    ],
    c.effects.map((q) => [`${loc(q.label)}（${q.code}）`, q.beforeAnswer, q.afterAnswer, signed(q.after - q.before)]),
  );

  // 3. Self-assessment and evidence.
  w.addPage();
  section(3, "self_assessment");
  const withEvidence = c.questions.filter((q) => q.files.length > 0 || q.figures.length > 0).length;
  w.paragraph(
    L(
      `${c.questions.length} 道题中 ${withEvidence} 道有文件或数据佐证；得分提高的题目和等级提高的场景都应有佐证。`,
      `${withEvidence} of ${c.questions.length} questions have a file or figures behind them; every answer that gained points and every scene that rose should.`,
    ),
  );
  w.table(
    [col(L("题目", "Question"), 0.3), col(L("改造后回答", "Answer after"), 0.26), col(L("得分", "Points"), 0.12, "right"), col(L("佐证", "Evidence"), 0.32)],
    c.questions.map((q) => {
      const rose = q.after > q.before;
      const proof = [...q.files, ...q.figures].join("；");
      return [
        `${loc(q.label)}（${q.code}）`,
        q.afterAnswer,
        `${formatScore(q.after)}/${formatScore(q.max)}`,
        proof || (rose ? L("缺佐证（得分已提高）", "missing (points rose)") : L("无", "none")),
      ];
    }),
    { size: 8 },
  );
  w.heading(L("场景佐证（达到等级的场景）", "Scene evidence (scenes at a level)"), 2);
  w.table(
    [col(L("场景", "Scene"), 0.46), col(L("等级", "Level"), 0.14, "right"), col(L("佐证", "Evidence"), 0.4)],
    c.scenes
      .filter((s) => s.after > 0)
      .map((s) => [
        `${loc(s.label)}（${s.code}）`,
        `${s.before} → ${s.after}`,
        s.files.join("；") || (s.after > s.before ? L("缺佐证（等级已提高）", "missing (level rose)") : L("无", "none")),
      ]),
    { size: 8 },
  );

  // 4. Contract.
  w.addPage();
  section(4, "contract");
  const byCategory = new Map<string, number>();
  for (const item of input.project.items) byCategory.set(item.category, (byCategory.get(item.category) ?? 0) + Math.round(item.amountYuan * 100));
  w.table(
    [col(L("明细", "Item"), 0.42), col(L("类别", "Category"), 0.14), col(L("目录方案", "Catalogue solution"), 0.2), col(L("金额", "Amount"), 0.24, "right")],
    [
      ...input.project.items.map((i) => [i.name, loc(CATEGORY[i.category] ?? { "zh-CN": i.category }), i.solutionId ?? "", money(i.amountYuan)]),
      ...[...byCategory].map(([cat, fen]) => [
        L(`小计：${loc(CATEGORY[cat] ?? { "zh-CN": cat })}`, `Subtotal: ${loc(CATEGORY[cat] ?? { "zh-CN": cat })}`),
        "",
        "",
        money(fen / 100),
      ]),
      [L("合同金额", "Contract amount"), "", "", money(input.project.contractAmountYuan)],
    ],
  );
  w.heading(L("上传的项目文件", "Uploaded project documents"), 2);
  if (input.documents.length === 0) w.paragraph(L("尚未上传任何项目文件。", "No project document uploaded yet."), { color: "#b91c1c" });
  else
    w.table(
      [col(L("类别", "Kind"), 0.35), col(L("文件", "File"), 0.65)],
      input.documents.map((d) => [loc(d.slot), d.fileName]),
    );

  // 5. Invoices.
  section(5, "invoices");
  const invoices = input.checklist.find((i) => i.key === "invoices")!;
  if (invoices.files.length > 0) w.bullets(invoices.files);

  // 6. Implementation.
  section(6, "implementation");
  w.table(
    [col(L("里程碑", "Milestone"), 0.36), col(L("计划完成", "Due"), 0.18), col(L("实际完成", "Done"), 0.18), col(L("情况", "State"), 0.28)],
    input.project.milestones.map((m) => [
      m.name,
      m.due,
      m.doneOn ?? "—",
      m.doneOn ? (m.doneOn <= m.due ? L("按期", "on time") : L("延期完成", "late")) : L("未完成", "not done"),
    ]),
  );

  // 7. Pledge.
  w.ensure(200);
  section(7, "pledge");
  w.paragraph(L("提交改造后评测时确认的承诺：", "The pledge confirmed when the after-assessment was submitted:"), { size: 9, color: w.palette.muted });
  w.paragraph(
    L(
      `本企业（${input.firm.name}）承诺：改造后自评估的各项回答和上传的佐证材料真实、准确、完整，如与现场核验不符，愿承担相应责任。`,
      `We (${input.firm.name}) declare that the answers of the post-project self-assessment and the evidence uploaded are true, accurate and complete, and accept the consequences if the on-site check finds otherwise.`,
    ),
  );
  w.paragraph(loc(input.checklist.find((i) => i.key === "pledge")!.reason), { size: 9, color: w.palette.muted });

  // 8. Provider's statement: what the records show, not words put in the provider's mouth.
  w.ensure(160);
  section(8, "provider_statement");
  const statement = input.checklist.find((i) => i.key === "provider_statement")!;
  w.paragraph(
    L(
      `服务商：${input.project.providerName}。合同金额 ${money(input.project.contractAmountYuan)}，共 ${input.project.items.length} 项明细；里程碑 ${input.project.milestones.filter((m) => m.doneOn).length}/${input.project.milestones.length} 项已报告完成。`,
      `Provider: ${input.project.providerName}. Contract ${money(input.project.contractAmountYuan)}, ${input.project.items.length} items; ${input.project.milestones.filter((m) => m.doneOn).length} of ${input.project.milestones.length} milestones reported done.`,
    ),
  );
  w.paragraph(loc(statement.reason), { size: 9, color: w.palette.muted });
  if (statement.files.length > 0) w.bullets(statement.files);

  // The on-site check.
  w.addPage();
  w.heading(L("现场核验预测", "What the on-site check will most likely find"), 1);
  const p = input.prediction;
  w.paragraph(
    p.thin.length === 0
      ? L(
          `每一项得分提高的回答和等级提高的场景都有佐证：按自评估，现场核验的等级预计为 ${levelName(p.claimed)}。`,
          `Every answer that gained points and every scene that rose has evidence: the on-site level is expected to be ${levelName(p.claimed)}, as self-assessed.`,
        )
      : p.ifThinRejected === null
        ? L(
            `以下 ${p.thin.length} 项提高没有文件或新的数据佐证，最可能被核验人员质疑；去掉这些提高后的等级无法重新计算，请逐项补充佐证。`,
            `These ${p.thin.length} improvements have no file or new figures behind them and are what a reviewer will most likely question; the level without them could not be recomputed: add evidence for each.`,
          )
        : L(
            `以下 ${p.thin.length} 项提高没有文件或新的数据佐证，最可能被核验人员质疑。若这些提高不被认可，按官方等级规则重新计算的等级为 ${levelName(p.ifThinRejected)}（自评估为 ${levelName(p.claimed)}）。`,
            `These ${p.thin.length} improvements have no file or new figures behind them and are what a reviewer will most likely question. If they are not accepted, the level by the official rule is ${levelName(p.ifThinRejected)} (self-assessed: ${levelName(p.claimed)}).`,
          ),
    { weight: "bold" },
  );
  if (p.thin.length > 0)
    w.table(
      [col(L("题目或场景", "Question or scene"), 0.44), col(L("改造前", "Before"), 0.28), col(L("改造后", "After"), 0.28)],
      p.thin.map((t) => [`${loc(t.label)}（${t.code}）`, t.before, t.after]),
      { size: 8 },
    );

  w.decorate(
    `${input.firm.name} · ${L("验收材料", "Acceptance pack")}`,
    (page, total) => L(`第 ${page} 页，共 ${total} 页`, `Page ${page} of ${total}`),
    input.demo ? L("演示数据 · 非真实项目", "Demo data · not a real project") : null,
  );
  return w.finish();
}
