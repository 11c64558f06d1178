import type { Localized } from "@/lib/i18n/localized";
import { getTemplate, isTemplateId, type Result } from "@/scoring";

/**
 * Results in the structure of the national evaluation (按国家评测题目结构导出): per assessment, each scored
 * question under its official dimension and indicator (《中小企业数字化水平评测指标（2024年版）》) with the
 * option chosen and its points, each scene of 数字化经营 with its level, the total and the level. Only
 * the official template (manufacturing) is national; the services and other-industry variants give a
 * reference level and are left out (and counted). The question codes are this system's stable codes
 * and the question wording ours: the national platform's own item numbers are not in our data, so no
 * column claims to be one. Pure.
 */

export const NATIONAL_FORMAT = "shuzhen.national-structure";
export const NATIONAL_FORMAT_VERSION = 1;

export interface NationalInput {
  assessmentId: string;
  firm: string;
  creditCode: string | null;
  submittedAt: Date;
  templateId: string;
  templateVersion: string;
  total: number;
  level: number;
  isReference: boolean;
  detail: unknown;
}

export interface NationalOption {
  code: string;
  label: string;
  points: number;
}

export interface NationalItem {
  /** This system's question code (F.NET …): stable, not the national platform's item number. */
  code: string;
  dimension: { code: string; label: string; max: number };
  indicator: { code: string; label: string; max: number };
  question: string;
  kind: "single" | "multi" | "band" | "trend";
  max: number;
  /** The options chosen (several for a multiple choice), each with the points it gave. */
  chosen: NationalOption[];
  points: number;
  /** Where the answer came from: given, derived from the firm's figures, implied by a skip rule. */
  source: string;
}

export interface NationalScene {
  code: string;
  group: string;
  label: string;
  level: number;
  levelLabel: string;
  constrained: boolean;
}

export interface NationalAssessment {
  assessmentId: string;
  firm: { name: string; creditCode: string | null };
  submittedAt: string;
  model: { templateId: string; version: string };
  total: number;
  level: number;
  levelName: string;
  dimensions: Record<string, number>;
  items: NationalItem[];
  scenes: NationalScene[];
}

const zh = (l: Localized) => l["zh-CN"];

/** Whether a stored result can be given in the national structure (the official template, an explained result). */
export function isNational(r: Pick<NationalInput, "templateId" | "isReference" | "detail">): boolean {
  if (r.isReference || !isTemplateId(r.templateId) || getTemplate(r.templateId).def.isReference) return false;
  const d = r.detail as Partial<Result> | null;
  return !!d && Array.isArray(d.questions) && Array.isArray(d.scenes);
}

/** One assessment in the national structure, from its frozen result (the engine's explanation at submission). */
export function nationalAssessment(r: NationalInput): NationalAssessment {
  if (!isTemplateId(r.templateId)) throw new Error(`unknown template ${r.templateId}`);
  const t = getTemplate(r.templateId);
  const def = t.def;
  const detail = r.detail as Result;
  const dimension = new Map(def.dimensions.map((d) => [d.code, d]));
  const indicator = new Map(def.indicators.map((i) => [i.code, i]));
  const items = detail.questions.map((q): NationalItem => {
    const qd = t.questionByCode.get(q.code)?.def ?? def.questions.find((x) => x.code === q.code);
    const options = new Map((qd?.options ?? []).map((o) => [o.code, o]));
    const picked = q.answer === null ? [] : Array.isArray(q.answer) ? q.answer : [q.answer];
    const points = new Map(q.contributions.map((c) => [c.option, c.points]));
    const dim = dimension.get(q.dimension);
    const ind = indicator.get(q.indicator);
    return {
      code: q.code,
      dimension: { code: q.dimension, label: dim ? zh(dim.label) : q.dimension, max: dim?.max ?? 0 },
      indicator: { code: q.indicator, label: ind ? zh(ind.label) : q.indicator, max: ind?.max ?? 0 },
      question: qd ? zh(qd.label) : q.code,
      kind: qd?.kind ?? "single",
      max: q.max,
      chosen: picked.map((code) => ({ code, label: options.get(code) ? zh(options.get(code)!.label) : code, points: points.get(code) ?? 0 })),
      points: q.points,
      source: q.source,
    };
  });
  const groups = new Map(def.sceneGroups.map((g) => [g.code, g]));
  const scenes = detail.scenes.map((s): NationalScene => {
    const sd = t.sceneByCode.get(s.code)?.def ?? def.scenes.find((x) => x.code === s.code);
    const level = s.level as 0 | 1 | 2 | 3 | 4;
    return {
      code: s.code,
      group: groups.get(s.group) ? zh(groups.get(s.group)!.label) : s.group,
      label: sd ? zh(sd.label) : s.code,
      level: s.level,
      levelLabel: level === 0 ? zh(def.sceneLevelZero) : `${level}级`,
      constrained: s.constrained,
    };
  });
  return {
    assessmentId: r.assessmentId,
    firm: { name: r.firm, creditCode: r.creditCode },
    submittedAt: r.submittedAt.toISOString(),
    model: { templateId: r.templateId, version: r.templateVersion },
    total: r.total,
    level: r.level,
    levelName: zh(def.levelNames[r.level as 0 | 1 | 2 | 3 | 4] ?? { "zh-CN": String(r.level), en: String(r.level) }),
    dimensions: { ...detail.dimensions },
    items,
    scenes,
  };
}

/** What every column means, said in the file (the 说明 sheet and the JSON's `columns`). */
export const NATIONAL_COLUMNS: readonly [string, string][] = [
  ["企业名称", "评测时企业档案中的名称"],
  ["统一社会信用代码", "企业档案中的代码；未填写则为空"],
  ["评测编号", "本系统的评测编号，同一次评测的各行相同"],
  ["提交时间（北京时间）", "评测提交的时间"],
  ["维度", "国家评测指标的维度：数字化基础、数字化经营、数字化管理、数字化成效"],
  ["指标", "国家评测指标的二级指标（数字化经营为业务场景）"],
  ["题目代码（本系统）", "本系统的稳定题目代码（如 F.NET、S.PRODUCT_DESIGN），不是国家平台的题号"],
  ["题目", "题目内容（本系统的表述，按国家评测指标的题目结构）"],
  ["所选选项", "所选选项（多选题每个选项一行）；业务场景为所选等级"],
  ["选项得分", "该选项计入的分值（取自官方评测问卷数据）；业务场景不计分，为空"],
  ["题目得分", "该题得分（多选题超过满分时按满分计）"],
  ["题目满分", "该题满分"],
  ["答案来源", "企业作答、由填报数据推算或按跳题规则推定"],
  ["总分", "三个计分维度合计（满分 100）"],
  ["等级", "按等级规则判定的数字化水平等级"],
];

export const NATIONAL_NOTE =
  "按国家评测题目结构导出：依据《中小企业数字化水平评测指标（2024年版）》（工信厅企业〔2024〕56号）的维度、指标与题目结构，题目分值取自官方评测问卷数据。题目代码为本系统代码、题目文字为本系统表述，本文件不是国家平台的官方导入格式；只含官方（制造业）模板的评测，服务业和其他行业的参考等级评测未导出。";
