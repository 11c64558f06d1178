import { z } from "zod";
import type { enterprises } from "@/db/schema";
import { checkCreditCode, normalizeCreditCode } from "./credit-code";
import { industryByCode, REAL_ESTATE_SUBCODES } from "./industries";
import { divisionHasClasses, industryClassByCode } from "./industry-classes";
import { pilotSegment } from "./segments";
import { checkRegion, regionName } from "./regions";
import { aboveScaleOf, sizeClassOf, type SizeClass } from "./size-class";
import { atMostChars, zodText } from "@/lib/i18n/zod";

const CREDIT_CODE_MESSAGES = {
  length: zodText({ "zh-CN": "应为 18 位", en: "must be 18 characters" }),
  characters: zodText({
    "zh-CN": "含有信用代码中不会出现的字符（没有 I、O、S、V、Z）",
    en: "contains characters a credit code cannot have (no I, O, S, V, Z)",
  }),
  check_digit: zodText({ "zh-CN": "校验位不符，请核对代码", en: "check character does not match; please check the code" }),
} as const;

/** The enterprise basics as the start form and the API take them. Amounts in 万元. */
export const enterpriseInput = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(2, zodText({ "zh-CN": "请填写企业名称", en: "enter the firm's name" }))
      .max(100, atMostChars(100)),
    creditCode: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? normalizeCreditCode(v) : undefined)),
    industryCode: z.string().regex(/^\d{2}$/, zodText({ "zh-CN": "请选择行业", en: "choose an industry" })),
    /** GB/T 4754 中类 (three digits) or 小类 (four), under the chosen 大类. */
    industrySubCode: z
      .string()
      .regex(/^\d{3,4}$/, zodText({ "zh-CN": "应为 3 位或 4 位的 GB/T 4754 代码", en: "a 3- or 4-digit GB/T 4754 code" }))
      .optional(),
    /** A pilot city's named 细分行业 (lib/enterprise/segments.ts). */
    industrySegment: z.string().trim().max(60).optional(),
    provinceCode: z.string().regex(/^\d{2}$/, zodText({ "zh-CN": "请选择省份", en: "choose a province" })),
    cityCode: z.string().regex(/^\d{4}$/, zodText({ "zh-CN": "请选择城市", en: "choose a city" })),
    districtCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    employees: z
      .number({ error: zodText({ "zh-CN": "请填写从业人员数", en: "enter the number of employees" }) })
      .int(zodText({ "zh-CN": "应为整数", en: "a whole number" }))
      .min(0)
      .max(10_000_000),
    revenueWan: z
      .number({ error: zodText({ "zh-CN": "请填写营业收入（万元）", en: "enter the revenue in 万元" }) })
      .min(0)
      .max(1e9),
    assetsWan: z.number().min(0).max(1e9).optional(),
    /** 规上, when it cannot be derived (construction needs a qualification) or to override. */
    aboveScaleDeclared: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.creditCode) {
      const check = checkCreditCode(v.creditCode);
      if (!check.valid) ctx.addIssue({ code: "custom", path: ["creditCode"], message: CREDIT_CODE_MESSAGES[check.problem] });
    }
    if (!industryByCode(v.industryCode))
      ctx.addIssue({ code: "custom", path: ["industryCode"], message: zodText({ "zh-CN": "不是 GB/T 4754 中的行业大类", en: "unknown GB/T 4754 division" }) });
    if (v.industrySubCode) {
      // Checked against the classification (房地产 by its 中类, which its size rule needs); a division we
      // carry no classes of (none in the picker) takes a 中类 by its shape.
      const known =
        v.industryCode === "70"
          ? REAL_ESTATE_SUBCODES.some((s) => s.code === v.industrySubCode)
          : divisionHasClasses(v.industryCode)
            ? industryClassByCode(v.industrySubCode) !== undefined
            : v.industrySubCode.length === 3;
      if (!v.industrySubCode.startsWith(v.industryCode) || !known)
        ctx.addIssue({
          code: "custom",
          path: ["industrySubCode"],
          message: zodText({ "zh-CN": "不是所选大类下的中类或小类", en: "not a group or class of the chosen division" }),
        });
    }
    if (v.industrySegment && !pilotSegment(v.industrySegment))
      ctx.addIssue({ code: "custom", path: ["industrySegment"], message: zodText({ "zh-CN": "不是试点的细分行业", en: "not a pilot segment" }) });
    const region = checkRegion(v);
    if (region) ctx.addIssue({ code: "custom", path: [region.field], message: region.message });
    const size = sizeClassOf(v);
    if (!size.ok && size.reason === "missing_figures" && size.missing?.includes("assetsWan")) {
      ctx.addIssue({
        code: "custom",
        path: ["assetsWan"],
        message: zodText({ "zh-CN": "该行业按资产总额划分规模，请填写资产总额", en: "total assets are needed for this industry's size rule" }),
      });
    }
    if (!size.ok && size.reason === "needs_sub_code")
      ctx.addIssue({ code: "custom", path: ["industrySubCode"], message: zodText({ "zh-CN": "请选择房地产业的中类", en: "choose the real-estate group" }) });
  });

export type EnterpriseInput = z.infer<typeof enterpriseInput>;

export interface EnterpriseFacts {
  sizeClass: SizeClass | null;
  aboveScale: boolean | null;
  aboveScaleDeclared: boolean;
  /** Whether 规上 must be declared because no revenue threshold applies. */
  aboveScaleNeedsDeclaration: boolean;
  regionName: string;
}

/** Size class by the 2011 rules and 规上 by the statistics thresholds, or as declared. */
export function deriveEnterpriseFacts(input: EnterpriseInput): EnterpriseFacts {
  const size = sizeClassOf(input);
  const above = aboveScaleOf(input);
  const declared = input.aboveScaleDeclared;
  return {
    sizeClass: size.ok ? size.sizeClass : null,
    aboveScale: declared ?? (above.known ? above.aboveScale : null),
    aboveScaleDeclared: declared !== undefined,
    aboveScaleNeedsDeclaration: !above.known && above.reason === "declare",
    regionName: regionName(input),
  };
}

/** The row a firm's input becomes, with its derived facts (size class, 规上, region name). */
export function enterpriseRow(
  tenantId: string,
  e: EnterpriseInput,
  extra: Pick<typeof enterprises.$inferInsert, "createdBy"> = {},
): typeof enterprises.$inferInsert {
  const facts = deriveEnterpriseFacts(e);
  return {
    tenantId,
    name: e.name,
    creditCode: e.creditCode ?? null,
    industryCode: e.industryCode,
    industrySubCode: e.industrySubCode ?? null,
    industrySegment: e.industrySegment ?? null,
    provinceCode: e.provinceCode,
    cityCode: e.cityCode,
    districtCode: e.districtCode ?? null,
    regionName: facts.regionName,
    employees: e.employees,
    revenueWan: e.revenueWan,
    assetsWan: e.assetsWan ?? null,
    sizeClass: facts.sizeClass,
    aboveScale: facts.aboveScale,
    aboveScaleDeclared: facts.aboveScaleDeclared,
    ...extra,
  };
}
