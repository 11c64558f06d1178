import type { Clause } from "@/db/catalogue/policies";
import { colon } from "@/lib/i18n/localized";
import { clauseText, type ClauseText } from "@/lib/recommendations/clause-text";

/**
 * One policy clause with what it is: 原文「…」 for the source's words, 摘要 / 我们的解读 otherwise. No hooks:
 * used by server pages and client sections alike, with labels already translated.
 */
export function ClauseLine({ clause, locale, labels }: { clause: Clause; locale: "zh-CN" | "en"; labels: Record<ClauseText["kind"], string> }) {
  const c = clauseText(clause, locale);
  return (
    <span data-clause-kind={c.kind}>
      {labels[c.kind]}
      {colon(locale)}
      <span lang={c.lang}>{c.quoted ? `「${c.text}」` : c.text}</span>
    </span>
  );
}
