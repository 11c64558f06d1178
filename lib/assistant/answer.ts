import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { CitationKind } from "./passages";
import type { Hit } from "./retrieve";
import { searchTerms } from "./text";

/**
 * The answer without a model: the best FAQ entry when one clearly answers, else the most relevant
 * lines of the top passages, each with its source; a question nothing answers is said to be so (and
 * offered to a person), one outside what the assistant is for is politely declined. Pure.
 */

export interface Citation {
  kind: CitationKind;
  id: string;
  title: string;
  quote: string;
}

export type Outcome = "answered" | "unanswered" | "refused" | "handoff";

export interface Answer {
  answer: string;
  citations: Citation[];
  /** A person should take over: asked for, or nothing here answers a question in scope. */
  handoff: boolean;
  outcome: Outcome;
}

/** Below this the best passage is not taken as an answer (idf-weighted rank; see retrieve.ts). */
export const RELEVANT = 0.12;
/** Or, ranked by meaning, at least this cosine similarity (ASSISTANT_MIN_SIMILARITY: it depends on the embeddings model). */
export const SIMILAR = 0.5;

/**
 * Whether a passage answers enough to be given: its words, or its meaning — the latter only for a
 * question of this product's domain (embeddings find something near any question at all).
 */
export function isRelevant(h: Pick<Hit, "score" | "matched" | "similarity">, question: string, minSimilarity = SIMILAR): boolean {
  return (h.score >= RELEVANT && h.matched > 0) || ((h.similarity ?? 0) >= minSimilarity && inDomain(question));
}

/** Asking for a person, not about 人工智能 or 人工服务成本: whole phrases only. */
const HANDOFF =
  /转人工|人工客服|真人客服|找(?:个)?(?:人工|真人)(?!智能)|联系(?:门户)?工作人员|找工作人员|\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:human|person|agent|someone)\b|\blive agent\b|\breal person\b/i;

/** Words of this product's domain: a question with none of them is outside what the assistant is for. */
const DOMAIN =
  /数字化|转型|评测|测评|评估|诊断|自评|等级|级别|分数|得分|总分|指标|场景|补贴|补助|资助|奖补|政策|申报|申请|验收|报告|方案|路径|证据|佐证|附件|上传|续答|链接|令牌|顾问|门户|账号|密码|登录|注册|隐私|数据|企业|工厂|设备|联网|网络|系统|安全|管理|人才|资金|成效|能耗|质量|营收|成本|专精特新|试点|项目|材料|服务商|工信部|二级|三级|一级|四级|digital|assess|level|score|subsid|grant|policy|report|plan|evidence|upload|resume|token|consultant|portal|account|password|privacy|data|scene|indicator|acceptance|project|material/i;

export function asksForPerson(question: string): boolean {
  return HANDOFF.test(question);
}

export function inDomain(question: string): boolean {
  return DOMAIN.test(question);
}

const DEMO_LINES = new Set([translator("zh-CN")("as.demo"), translator("en")("as.demo")]);

/** The text cut to at most `max` characters at a clause's end (never inside a figure), marked "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const clause = Math.max(...["。", "；", ";", "，", ",", "\n"].map((p) => head.lastIndexOf(p)));
  if (clause >= max / 3) return `${head.slice(0, clause + 1)}…`;
  // No clause end: back off to before any figure or word the cut would split.
  return `${head.replace(/[\p{N}.,%万亿千百十元\p{Script=Latin}]+$/u, "")}…`;
}

/** The lines of a passage that share the most terms with the question (at most `max` characters); a demo label always stays. */
export function bestLines(body: string, question: string, max = 220): string {
  const wanted = new Set(searchTerms(question));
  const all = body.split("\n").filter((l) => l.trim());
  const demo = all.filter((l) => DEMO_LINES.has(l.trim()));
  const lines = all.filter((l) => !DEMO_LINES.has(l.trim()));
  const scored = lines.map((line, i) => ({ line, i, score: searchTerms(line).filter((t) => wanted.has(t)).length }));
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: typeof scored = [];
  let length = 0;
  for (const s of ranked) {
    if (chosen.length > 0 && (s.score === 0 || length + s.line.length > max)) continue;
    chosen.push(s);
    length += s.line.length;
  }
  const text = chosen
    .sort((a, b) => a.i - b.i)
    .map((s) => s.line)
    .join("\n");
  return [...demo, shorten(text, max)].join("\n");
}

export function extractiveAnswer(question: string, hits: readonly Hit[], lang: Locale, minSimilarity = SIMILAR): Answer {
  const t = translator(lang);
  if (asksForPerson(question)) return { answer: t("as.answer.handoff"), citations: [], handoff: true, outcome: "handoff" };
  const relevant = hits.filter((h) => isRelevant(h, question, minSimilarity));
  if (relevant.length === 0) {
    if (!inDomain(question)) return { answer: t("as.answer.refused"), citations: [], handoff: false, outcome: "refused" };
    return { answer: t("as.answer.unanswered"), citations: [], handoff: true, outcome: "unanswered" };
  }
  const top = relevant[0]!;
  // A clear FAQ answer is given whole; other passages are quoted in their most relevant lines.
  if (top.kind === "faq") {
    const also = relevant.slice(1, 3).filter((h) => h.kind !== "faq" && (h.score >= top.score * 0.6 || (h.similarity ?? 0) >= minSimilarity));
    const citations: Citation[] = [{ kind: "faq", id: top.refId, title: top.title, quote: top.body }];
    for (const h of also) citations.push({ kind: h.kind, id: h.refId, title: h.title, quote: bestLines(h.body, question) });
    const more = also.length ? `\n\n${t("as.answer.seeAlso", { list: also.map((h) => h.title).join(lang === "zh-CN" ? "；" : "; ") })}` : "";
    return { answer: `${top.body}${more}`, citations, handoff: false, outcome: "answered" };
  }
  const used = relevant.slice(0, 3).filter((h) => h === top || h.score >= top.score * 0.5 || (h.similarity ?? 0) >= minSimilarity);
  const citations = used.map((h) => ({ kind: h.kind, id: h.refId, title: h.title, quote: bestLines(h.body, question) }));
  const lines = citations.map((c, i) => `${i + 1}. ${c.title}${lang === "zh-CN" ? "：" : ": "}${c.quote}`);
  return { answer: `${t("as.answer.lead")}\n${lines.join("\n")}`, citations, handoff: false, outcome: "answered" };
}
