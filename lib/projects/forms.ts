import { z } from "zod";
import type { Localized } from "@/lib/i18n/localized";
import { atMostChars, NOT_EMPTY, zodText } from "@/lib/i18n/zod";
import { isCalendarDate } from "@/lib/validation/dates";

/**
 * Form templates (表单模版): what each stage of a project asks, as data a portal administrator edits
 * without JSON. One definition renders the form (components/projects/form-fields.tsx) and validates
 * what is sent (`valuesSchema`), so the page and the server can never disagree. Pure.
 */

export const FIELD_TYPES = ["text", "textarea", "number", "money", "date", "select", "multiselect", "checkbox", "rating", "file"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Where a form is asked: the move it is required for, and who answers it. */
export const FORM_KEYS = ["filing", "contract", "acceptance", "satisfaction"] as const;
export type FormKey = (typeof FORM_KEYS)[number];

const localizedText = (max: number) =>
  z
    .object({
      "zh-CN": z.string().trim().min(1, NOT_EMPTY).max(max, atMostChars(max)),
      en: z.string().trim().max(max, atMostChars(max)).optional(),
    })
    .strict();

export const fieldDefinition = z
  .object({
    key: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,39}$/,
        zodText({ "zh-CN": "字段代码用小写字母、数字和下划线，以字母开头", en: "a field key is lower-case letters, digits and _, starting with a letter" }),
      ),
    type: z.enum(FIELD_TYPES),
    label: localizedText(80),
    help: localizedText(300).optional(),
    required: z.boolean().default(false),
    /** select and multiselect: the choices. */
    options: z
      .array(z.object({ value: z.string().regex(/^[a-z0-9_]{1,40}$/), label: localizedText(80) }).strict())
      .max(30)
      .optional(),
    /** number and money: the range; text: the longest answer. */
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().min(1).max(5000).optional(),
    /** file: the project document slot whose upload answers it. */
    slot: z.enum(["contract", "invoice", "delivery", "other"]).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if ((f.type === "select" || f.type === "multiselect") && (f.options?.length ?? 0) < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: zodText({ "zh-CN": "选择题至少两个选项", en: "a choice needs at least two options" }) });
    if (f.options && new Set(f.options.map((o) => o.value)).size !== f.options.length)
      ctx.addIssue({ code: "custom", path: ["options"], message: zodText({ "zh-CN": "选项代码不能重复", en: "option values must differ" }) });
    if (f.type === "file" && !f.slot)
      ctx.addIssue({ code: "custom", path: ["slot"], message: zodText({ "zh-CN": "文件字段要指定文件类别", en: "a file field names its document kind" }) });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      ctx.addIssue({ code: "custom", path: ["max"], message: zodText({ "zh-CN": "上限不能小于下限", en: "max must not be below min" }) });
  });
export type FieldDefinition = z.infer<typeof fieldDefinition>;

export const formDefinition = z
  .object({
    title: localizedText(60),
    intro: localizedText(500).optional(),
    fields: z
      .array(fieldDefinition)
      .min(1, zodText({ "zh-CN": "至少一个字段", en: "at least one field" }))
      .max(60)
      .superRefine((fields, ctx) => {
        const seen = new Set<string>();
        fields.forEach((f, i) => {
          if (seen.has(f.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: zodText({ "zh-CN": "字段代码重复", en: "duplicate field key" }) });
          seen.add(f.key);
        });
      }),
  })
  .strict();
export type FormDefinition = z.infer<typeof formDefinition>;

export type FormValue = string | number | boolean | string[] | null;

const required = zodText({ "zh-CN": "必填", en: "required" });

/** The zod schema of one field's answer. A file field's answer is checked against the project's documents, not here. */
function fieldSchema(f: FieldDefinition): z.ZodType<FormValue | undefined> {
  const optional = <S extends z.ZodType<FormValue>>(s: S) => (f.required ? s : s.nullable().optional());
  switch (f.type) {
    case "text":
    case "textarea": {
      const max = f.maxLength ?? (f.type === "text" ? 200 : 2000);
      const s = z.string().trim().max(max, atMostChars(max));
      return f.required ? s.min(1, required) : s.optional().nullable();
    }
    case "number":
    case "money": {
      let s = z.number({ error: zodText({ "zh-CN": "应为数字", en: "must be a number" }) });
      if (f.min !== undefined) s = s.min(f.min, zodText({ "zh-CN": `不能小于 ${f.min}`, en: `must be at least ${f.min}` }));
      if (f.max !== undefined) s = s.max(f.max, zodText({ "zh-CN": `不能大于 ${f.max}`, en: `must be at most ${f.max}` }));
      if (f.type === "money")
        s = s.refine(
          (v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
          zodText({ "zh-CN": "最多两位小数", en: "at most two decimals" }),
        ) as unknown as typeof s;
      return optional(s);
    }
    case "date":
      return optional(z.string().refine(isCalendarDate, zodText({ "zh-CN": "应为实际存在的日期，格式 YYYY-MM-DD", en: "a date that exists, as YYYY-MM-DD" })));
    case "select": {
      const values = (f.options ?? []).map((o) => o.value);
      const s = z.string().refine((v) => values.includes(v), zodText({ "zh-CN": "不是可选的选项", en: "not one of the options" }));
      return optional(s);
    }
    case "multiselect": {
      const values = (f.options ?? []).map((o) => o.value);
      const s = z.array(z.string().refine((v) => values.includes(v), zodText({ "zh-CN": "不是可选的选项", en: "not one of the options" })));
      return f.required ? s.min(1, required) : s.optional().nullable();
    }
    case "checkbox":
      return f.required ? z.literal(true, { error: required }) : z.boolean().optional().nullable();
    case "rating":
      return optional(
        z
          .number()
          .int()
          .min(1, zodText({ "zh-CN": "评分为 1–5", en: "a rating is 1–5" }))
          .max(5, zodText({ "zh-CN": "评分为 1–5", en: "a rating is 1–5" })),
      );
    case "file":
      return z
        .unknown()
        .optional()
        .transform(() => undefined) as unknown as z.ZodType<undefined>;
  }
}

/** The schema of a whole form's answers: unknown keys are refused, each field by its own rule. */
export function valuesSchema(def: FormDefinition) {
  return z.object(Object.fromEntries(def.fields.map((f) => [f.key, fieldSchema(f)]))).strict();
}

/** Required file fields whose document slot has no upload yet. */
export function missingFiles(def: FormDefinition, slotsWithFiles: ReadonlySet<string>): FieldDefinition[] {
  return def.fields.filter((f) => f.type === "file" && f.required && f.slot && !slotsWithFiles.has(f.slot));
}

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

/**
 * The forms a pilot city needs, as the built-in version 0 of each key; a portal's administrator saves
 * its own versions over them. Modelled on the 备案/合同/验收/满意度 forms pilot cities publish.
 */
export const DEFAULT_FORMS: Record<FormKey, FormDefinition> = {
  filing: {
    title: L("项目备案表", "Project filing form"),
    intro: L(
      "提交备案时填写；项目、合同和里程碑的数据已由系统带入。",
      "Filled in when the project is filed; the project, contract and milestones come from the records.",
    ),
    fields: [
      { key: "contact_name", type: "text", label: L("项目联系人", "Project contact"), required: true, maxLength: 40 },
      { key: "contact_phone", type: "text", label: L("联系电话", "Phone"), required: true, maxLength: 30 },
      {
        key: "goals",
        type: "textarea",
        label: L("改造目标和主要内容", "Goals and scope of the transformation"),
        help: L("写明要解决的业务问题、改造的场景和预期效果。", "The business problems addressed, the scenes transformed and the expected effect."),
        required: true,
        maxLength: 2000,
      },
      {
        key: "chain_project",
        type: "select",
        label: L("项目类型", "Kind of project"),
        required: true,
        options: [
          { value: "single", label: L("单个企业改造", "One firm's transformation") },
          { value: "chain", label: L("链式改造（上下游协同）", "Chain transformation (with up/downstream firms)") },
        ],
      },
    ],
  },
  contract: {
    title: L("合同信息", "Contract information"),
    fields: [
      { key: "contract_no", type: "text", label: L("合同编号", "Contract number"), required: true, maxLength: 60 },
      { key: "start_date", type: "date", label: L("实施开始日期", "Implementation starts"), required: true },
      { key: "contract_scan", type: "file", label: L("合同扫描件", "Signed contract"), required: true, slot: "contract" },
    ],
  },
  acceptance: {
    title: L("验收申请表", "Acceptance application form"),
    intro: L("完工并完成改造后评测后填写，随验收材料包一并提交。", "Filled in after completion and the after-assessment, submitted with the acceptance pack."),
    fields: [
      { key: "completion_date", type: "date", label: L("实际完工日期", "Completed on"), required: true },
      { key: "actual_amount", type: "money", label: L("实际投入金额（元）", "Amount actually spent (yuan)"), required: true, min: 0 },
      { key: "results", type: "textarea", label: L("改造成效说明", "Results of the transformation"), required: true, maxLength: 2000 },
      { key: "invoices", type: "file", label: L("发票及付款凭证", "Invoices and proof of payment"), required: true, slot: "invoice" },
      { key: "truthful", type: "checkbox", label: L("申请材料真实、准确、完整", "The application is true, accurate and complete"), required: true },
    ],
  },
  satisfaction: {
    title: L("满意度评价", "Satisfaction survey"),
    intro: L("由企业对服务商评价，计入服务商评分。", "The firm rates its provider; the answers count in the provider's scorecard."),
    fields: [
      { key: "overall", type: "rating", label: L("总体满意度（1–5）", "Overall satisfaction (1–5)"), required: true },
      { key: "on_time", type: "rating", label: L("按期交付（1–5）", "Delivered on time (1–5)"), required: true },
      { key: "quality", type: "rating", label: L("交付质量（1–5）", "Quality of the work (1–5)"), required: true },
      { key: "comment", type: "textarea", label: L("意见和建议", "Comments"), required: false, maxLength: 1000 },
    ],
  },
};

/** Which form a move needs, answered by which side (the satisfaction survey by the firm, at acceptance). */
export const FORM_FOR_MOVE: Partial<Record<string, FormKey>> = {
  filed: "filing",
  implementing: "contract",
  acceptance_submitted: "acceptance",
};

/** A form's answers as lines a reader sees (a PDF, a page): each field's label and its answer in words. */
export function formAnswerLines(
  def: FormDefinition,
  values: Record<string, unknown>,
  o: { locale: "zh-CN" | "en"; files: (slot: string) => string[] },
): { label: string; value: string }[] {
  const loc = (t: Localized) => (o.locale === "en" ? (t.en ?? t["zh-CN"]) : t["zh-CN"]);
  const option = (f: FieldDefinition, v: unknown) => {
    const found = f.options?.find((x) => x.value === v);
    return found ? loc(found.label) : String(v);
  };
  return def.fields.map((f) => {
    const v = values[f.key];
    let value: string;
    if (f.type === "file") value = o.files(f.slot ?? "").join("；") || "—";
    else if (v === undefined || v === null || v === "") value = "—";
    else if (f.type === "checkbox") value = v ? loc({ "zh-CN": "是", en: "yes" }) : loc({ "zh-CN": "否", en: "no" });
    else if (f.type === "select") value = option(f, v);
    else if (f.type === "multiselect" && Array.isArray(v)) value = v.map((x) => option(f, x)).join("；");
    else if (f.type === "money" && typeof v === "number")
      value = `${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${o.locale === "en" ? " yuan" : " 元"}`;
    else if (f.type === "rating") value = `${String(v)}/5`;
    else value = String(v);
    return { label: loc(f.label), value };
  });
}
