import { evaluate, getTemplate, type Result, type TemplateId } from "@/scoring";
import type { Localized } from "@/lib/i18n/localized";

/**
 * The acceptance pack as data, computed from the project's records (pure: the loader in pack.ts reads
 * the database, the PDF in lib/pdf/acceptance-document.ts draws this). Eight items modelled on the
 * lists pilot cities publish for acceptance (申请表, 前后对比, 自评估与佐证, 合同, 票据, 实施情况, 企业承诺,
 * 服务商声明); each present or missing with the reason, so a firm sees the gaps before it applies.
 */

export const PACK_ITEMS = [
  { key: "application", title: { "zh-CN": "验收申请表", en: "Acceptance application form" } },
  { key: "comparison", title: { "zh-CN": "改造前后对比报告", en: "Before/after comparison report" } },
  { key: "self_assessment", title: { "zh-CN": "改造后自评估及佐证清单", en: "Post-project self-assessment and evidence checklist" } },
  { key: "contract", title: { "zh-CN": "合同及明细（含合同扫描件）", en: "Contract and its items (with the signed contract)" } },
  { key: "invoices", title: { "zh-CN": "发票及付款凭证", en: "Invoices and proof of payment" } },
  { key: "implementation", title: { "zh-CN": "项目实施情况（里程碑）", en: "Implementation (milestones)" } },
  { key: "pledge", title: { "zh-CN": "企业真实性承诺", en: "The firm's truthfulness pledge" } },
  { key: "provider_statement", title: { "zh-CN": "服务商声明", en: "The provider's statement" } },
] as const satisfies readonly { key: string; title: { "zh-CN": string; en: string } }[];
export type PackItemKey = (typeof PACK_ITEMS)[number]["key"];

/** Document slots a project keeps files in; `contract` and `invoice` are required for acceptance. */
export const DOCUMENT_SLOTS = ["contract", "invoice", "delivery", "statement", "other"] as const;
export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number];
export const SLOT_NAMES: Record<DocumentSlot, { "zh-CN": string; en: string }> = {
  contract: { "zh-CN": "合同扫描件", en: "Signed contract" },
  invoice: { "zh-CN": "发票及付款凭证", en: "Invoices and proof of payment" },
  delivery: { "zh-CN": "交付及上线证明", en: "Delivery and go-live records" },
  statement: { "zh-CN": "服务商声明（盖章件）", en: "The provider's signed statement" },
  other: { "zh-CN": "其他材料", en: "Other documents" },
};

export interface PackItem {
  key: PackItemKey;
  title: { "zh-CN": string; en: string };
  present: boolean;
  /** Why it is missing, or what it rests on. */
  reason: { "zh-CN": string; en: string };
  files: string[];
}

export interface PackFacts {
  /** The acceptance application form (表单模版 "acceptance") is answered. */
  applicationAnswered: boolean;
  afterSubmitted: boolean;
  pledgeAt: string | null;
  /** Who answered the after-assessment: the firm itself, or a consultant on its behalf. */
  afterBy: "firm" | "consultant" | null;
  documents: { slot: string; fileName: string }[];
  milestones: { name: string; due: string; doneOn: string | null }[];
  completionReportedAt: string | null;
  /** Whether the completion was reported by the provider's side (not by the firm itself). */
  completionByProvider: boolean;
}

/** Which of the eight items are there, and why not. */
export function packItems(f: PackFacts): PackItem[] {
  const files = (slot: DocumentSlot) => f.documents.filter((d) => d.slot === slot).map((d) => d.fileName);
  const open = f.milestones.filter((m) => !m.doneOn).map((m) => m.name);
  const check = (
    key: PackItemKey,
    present: boolean,
    ok: { "zh-CN": string; en: string },
    missing: { "zh-CN": string; en: string },
    fileNames: string[] = [],
  ): PackItem => ({
    key,
    title: PACK_ITEMS.find((i) => i.key === key)!.title,
    present,
    reason: present ? ok : missing,
    files: fileNames,
  });
  const after = { "zh-CN": "改造后评测尚未提交", en: "the after-assessment is not submitted yet" };
  return [
    check(
      "application",
      f.applicationAnswered,
      { "zh-CN": "验收申请表已填写，项目和评测数据由系统带入", en: "the application form is answered; the project and assessment records are filled in" },
      { "zh-CN": "尚未填写验收申请表", en: "the acceptance application form is not answered yet" },
    ),
    check("comparison", f.afterSubmitted, { "zh-CN": "由基线评测和改造后评测生成", en: "generated from the baseline and the after-assessment" }, after),
    check("self_assessment", f.afterSubmitted, { "zh-CN": "改造后评测及其佐证材料", en: "the after-assessment with its evidence" }, after),
    check(
      "contract",
      files("contract").length > 0,
      { "zh-CN": "合同明细及上传的合同扫描件", en: "the contract items and the uploaded signed contract" },
      { "zh-CN": "尚未上传合同扫描件", en: "the signed contract is not uploaded yet" },
      files("contract"),
    ),
    check(
      "invoices",
      files("invoice").length > 0,
      { "zh-CN": "上传的发票及付款凭证", en: "the uploaded invoices and proof of payment" },
      { "zh-CN": "尚未上传发票或付款凭证", en: "no invoice or proof of payment uploaded yet" },
      files("invoice"),
    ),
    check(
      "implementation",
      f.milestones.length > 0 && open.length === 0,
      { "zh-CN": "全部里程碑已报告完成", en: "every milestone reported done" },
      { "zh-CN": `未完成的里程碑：${open.join("、")}`, en: `milestones not done: ${open.join(", ")}` },
      files("delivery"),
    ),
    check(
      "pledge",
      !!f.pledgeAt,
      f.afterBy === "consultant"
        ? {
            "zh-CN": `改造后评测由顾问代为填写，提交时确认了真实性承诺（${f.pledgeAt?.slice(0, 10) ?? ""}）；企业可另附盖章承诺书`,
            en: `the after-assessment was answered by a consultant for the firm and the pledge confirmed at submission (${f.pledgeAt?.slice(0, 10) ?? ""}); the firm may add a signed pledge`,
          }
        : {
            "zh-CN": `企业在提交改造后评测时确认（${f.pledgeAt?.slice(0, 10) ?? ""}）`,
            en: `confirmed by the firm when it submitted the after-assessment (${f.pledgeAt?.slice(0, 10) ?? ""})`,
          },
      { "zh-CN": "提交改造后评测时确认真实性承诺", en: "confirmed when the after-assessment is submitted" },
    ),
    check(
      "provider_statement",
      f.completionByProvider || files("statement").length > 0,
      files("statement").length > 0
        ? { "zh-CN": "服务商盖章声明已上传", en: "the provider's signed statement is uploaded" }
        : {
            "zh-CN": `服务商一方在本系统报告了完工（${f.completionReportedAt?.slice(0, 10) ?? ""}）`,
            en: `the provider's side reported completion here (${f.completionReportedAt?.slice(0, 10) ?? ""})`,
          },
      f.completionReportedAt
        ? {
            "zh-CN": "完工由企业报告：请服务商在本系统确认，或上传服务商盖章声明",
            en: "completion was reported by the firm: the provider confirms here, or its signed statement is uploaded",
          }
        : { "zh-CN": "项目尚未报告完工", en: "completion not reported yet" },
      files("statement"),
    ),
  ];
}

export interface QuestionRow {
  code: string;
  label: Localized;
  indicator: string;
  before: number;
  after: number;
  max: number;
  beforeAnswer: string;
  afterAnswer: string;
  /** Files attached to the question in the after-assessment, and figures recorded for it. */
  files: string[];
  figures: string[];
}

export interface SceneRow {
  code: string;
  label: Localized;
  before: number;
  after: number;
  constrained: boolean;
  files: string[];
}

export interface Comparison {
  levelBefore: number;
  levelAfter: number;
  levelNames: Record<number, Localized>;
  totalBefore: number;
  totalAfter: number;
  dimensions: { code: string; label: Localized; before: number; after: number; max: number }[];
  indicators: { code: string; label: Localized; before: number; after: number; max: number }[];
  questions: QuestionRow[];
  scenes: SceneRow[];
  /** The 成效 questions (E.*): the outcome the project is judged by, against the baseline at diagnosis. */
  effects: QuestionRow[];
}

const optionText = (t: ReturnType<typeof getTemplate>, code: string, answer: string | string[] | null, locale: "zh-CN" | "en"): string => {
  if (answer === null) return "—";
  const q = t.questionByCode.get(code);
  const label = (option: string) => {
    const def = q?.def.options.find((o) => o.code === option);
    return def ? (def.label[locale] ?? def.label["zh-CN"]) : option;
  };
  return Array.isArray(answer) ? answer.map(label).join("；") : label(answer);
};

/** Before and after, question by question and scene by scene, with the evidence behind each answer after. */
export function compare(
  templateId: TemplateId,
  before: Result,
  after: Result,
  evidence: {
    files: { questionCode: string; fileName: string }[];
    figures: Record<string, Record<string, number | string | null>>;
    /** The baseline's figures: a figure carried over unchanged supports nothing new. */
    baselineFigures?: Record<string, Record<string, number | string | null>>;
  },
  locale: "zh-CN" | "en",
): Comparison {
  const t = getTemplate(templateId);
  const beforeQ = new Map(before.questions.map((q) => [q.code, q]));
  const beforeS = new Map(before.scenes.map((s) => [s.code, s]));
  const filesOf = (code: string) => evidence.files.filter((f) => f.questionCode === code).map((f) => f.fileName);
  const figuresOf = (code: string) =>
    Object.entries(evidence.figures[code] ?? {})
      .filter(([k, v]) => evidence.baselineFigures?.[code]?.[k] !== v)
      .filter(([, v]) => v !== null && v !== "")
      .map(([k, v]) => `${k}=${String(v)}`);
  const questions: QuestionRow[] = after.questions.map((q) => {
    const b = beforeQ.get(q.code);
    return {
      code: q.code,
      label: t.questionByCode.get(q.code)?.def.label ?? { "zh-CN": q.code },
      indicator: q.indicator,
      before: b?.points ?? 0,
      after: q.points,
      max: q.max,
      beforeAnswer: optionText(t, q.code, b?.answer ?? null, locale),
      afterAnswer: optionText(t, q.code, q.answer, locale),
      files: filesOf(q.code),
      figures: figuresOf(q.code),
    };
  });
  return {
    levelBefore: before.level,
    levelAfter: after.level,
    levelNames: t.def.levelNames,
    totalBefore: before.total,
    totalAfter: after.total,
    dimensions: t.def.dimensions.map((d) => ({
      code: d.code,
      label: d.label,
      before: before.dimensions[d.code] ?? 0,
      after: after.dimensions[d.code] ?? 0,
      max: d.max,
    })),
    indicators: t.def.indicators.map((i) => ({
      code: i.code,
      label: i.label,
      before: before.indicators[i.code] ?? 0,
      after: after.indicators[i.code] ?? 0,
      max: i.max,
    })),
    questions,
    scenes: after.scenes.map((s) => ({
      code: s.code,
      label: t.sceneByCode.get(s.code)?.def.label ?? { "zh-CN": s.code },
      before: beforeS.get(s.code)?.level ?? 0,
      after: s.level,
      constrained: s.constrained,
      files: filesOf(s.code),
    })),
    effects: questions.filter((q) => t.questionByCode.get(q.code)?.dimension === "EFFECT"),
  };
}

export interface Prediction {
  /** The level the after-assessment gives as answered. */
  claimed: number;
  /** The level if every improvement without evidence were not accepted on site; null when it could not be recomputed. */
  ifThinRejected: number | null;
  /** Improved answers and raised scene levels with no file or figure behind them: what a reviewer will most likely question. */
  thin: { code: string; label: Localized; kind: "question" | "scene"; before: string; after: string }[];
}

/**
 * What the on-site check will most likely find: every answer that improved since the baseline and every
 * scene level that rose, with no file and no new figure behind it, is what a reviewer questions first; the
 * level is recomputed by the official rule with those reverted to the baseline.
 */
export function predictOnSite(
  templateId: TemplateId,
  comparison: Comparison,
  answers: { after: Record<string, unknown>; before: Record<string, unknown>; afterFigures: unknown },
  after: Result,
): Prediction {
  const thinQ = comparison.questions.filter((q) => q.after > q.before && q.files.length === 0 && q.figures.length === 0);
  const thinS = comparison.scenes.filter((s) => s.after > s.before && s.files.length === 0);
  const reverted: Record<string, unknown> = { ...answers.after };
  for (const q of thinQ) {
    if (answers.before[q.code] === undefined) delete reverted[q.code];
    else reverted[q.code] = answers.before[q.code];
  }
  for (const s of thinS) reverted[s.code] = s.before;
  const profile = after.scenes.filter((s) => s.constrained).map((s) => s.code);
  const evaluation = evaluate(getTemplate(templateId), reverted, { evidence: answers.afterFigures, profile });
  return {
    claimed: after.level,
    ifThinRejected: evaluation.ok ? evaluation.result.level : null,
    thin: [
      ...thinQ.map((q) => ({ code: q.code, label: q.label, kind: "question" as const, before: q.beforeAnswer, after: q.afterAnswer })),
      ...thinS.map((s) => ({ code: s.code, label: s.label, kind: "scene" as const, before: String(s.before), after: String(s.after) })),
    ],
  };
}
