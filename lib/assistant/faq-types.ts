/** One entry of the assistant's FAQ and how-to set (lib/assistant/faq-data.ts). Pure data. */

export const FAQ_TOPICS = [
  "answering",
  "evidence",
  "resume",
  "levels",
  "report",
  "plan",
  "subsidies",
  "materials",
  "acceptance",
  "projects",
  "consultant",
  "portal",
  "account",
  "privacy",
] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

export interface FaqEntry {
  /** Stable, lower-case words and hyphens: cited as `{kind: "faq", id}`. */
  id: string;
  topic: FaqTopic;
  question: { "zh-CN": string; en: string };
  /** True of this product as built; figures only where the product or the official model fixes them. */
  answer: { "zh-CN": string; en: string };
  /** Other ways people ask the same thing (indexed with the question). */
  alt: { "zh-CN": readonly string[]; en: readonly string[] };
}
