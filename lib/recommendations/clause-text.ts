import type { Clause } from "@/db/catalogue/policies";

/**
 * A policy clause as a reader sees it: the source's words (原文, in 「」) only when they are a real
 * source's words (a demo policy's invented text is 演示条款);
 * a summary (摘要) or our reading (我们的解读) labelled as such, never dressed as a quote. Chinese readers
 * get the Chinese text; English readers the English summary when there is one, else the Chinese
 * original marked as Chinese.
 */
export interface ClauseText {
  /** As shown: a demo policy's invented text is 演示条款, never 原文. */
  kind: Clause["kind"] | "demo";
  text: string;
  /** The language the text is in (an English page may show a Chinese original). */
  lang: "zh-CN" | "en";
  /** 「」 around it: a real quote. */
  quoted: boolean;
}

export function clauseText(c: Clause, locale: "zh-CN" | "en"): ClauseText {
  if (c.confidence === "demo") return { kind: "demo", text: c.quote, lang: "zh-CN", quoted: false };
  if (locale === "en" && c.kind !== "quote" && c.en) return { kind: c.kind, text: c.en, lang: "en", quoted: false };
  return { kind: c.kind, text: c.quote, lang: "zh-CN", quoted: c.kind === "quote" };
}
