import { checkCreditCode } from "@/lib/enterprise/credit-code";
import { aboveScaleOf, sizeClassOf } from "@/lib/enterprise/size-class";
import type { ClientT } from "@/lib/i18n/format";
import type { SizeValue } from "./start-form-sections";

/** What the start form works out as the firm types: size class, above-scale status, the credit code's check. */

export const FIELD_ORDER = [
  "name",
  "creditCode",
  "industryCode",
  "industrySubCode",
  "industrySegment",
  "provinceCode",
  "cityCode",
  "districtCode",
  "employees",
  "revenueWan",
  "assetsWan",
  "aboveScaleDeclared",
  "template",
  "tenant",
  "contactName",
  "contactEmail",
  "note",
];

export function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function creditHint(creditCode: string, t: ClientT): string {
  const credit = creditCode.trim() ? checkCreditCode(creditCode) : null;
  return !credit
    ? t("assess.field.creditCode.hint")
    : credit.valid
      ? `✓ ${t("assess.field.creditCode.ok")}`
      : credit.problem === "length"
        ? t("assess.field.creditCode.length", { count: creditCode.replace(/[\s-]/g, "").length })
        : credit.problem === "characters"
          ? t("assess.field.creditCode.badChars")
          : t("assess.field.creditCode.bad");
}

/** The size rule's answer, whether it needs assets or a declaration, and both as text. */
export function sizeFacts(industryCode: string, industrySubCode: string, size: SizeValue, t: ClientT) {
  const figures = {
    industryCode,
    industrySubCode: industrySubCode || null,
    employees: numberOrUndefined(size.employees) ?? null,
    revenueWan: numberOrUndefined(size.revenue) ?? null,
    assetsWan: numberOrUndefined(size.assets) ?? null,
  };
  const cls = industryCode ? sizeClassOf(figures) : null;
  const above = industryCode ? aboveScaleOf(figures) : null;
  const needsAssets =
    cls !== null && !cls.ok && cls.reason === "missing_figures" && cls.missing?.includes("assetsWan")
      ? true
      : cls?.ok === true && ["construction", "real_estate_development", "leasing_business"].includes(cls.sector);
  const needsDeclaration = above !== null && !above.known && above.reason === "declare";
  const sizeText = !cls
    ? null
    : cls.ok
      ? t(`assess.size.${cls.sizeClass}`)
      : cls.reason === "not_covered"
        ? t("assess.size.notCovered")
        : t("assess.size.unknown");
  const aboveText = needsDeclaration
    ? size.declared
      ? t(size.declared === "yes" ? "assess.above.yes" : "assess.above.no")
      : t("assess.above.declare")
    : above?.known
      ? t(above.aboveScale ? "assess.above.yes" : "assess.above.no")
      : above
        ? t("assess.above.unknown")
        : null;
  return { needsAssets, needsDeclaration, sizeText, aboveText };
}
