import "server-only";
import type { TextStreamModel } from "@/lib/llm";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { assistantMessages } from "@/prompts/assistant";
import { bestLines, extractiveAnswer, type Answer, type Citation } from "./answer";
import { normaliseMarkers, SentenceSplitter, supportOf, unsupported } from "./grounding";
import type { Hit } from "./retrieve";

/**
 * An answer written by the model from the retrieved passages, streamed a sentence at a time: each
 * sentence is checked against the passages before it is sent (a figure, level or name they do not
 * give removes the sentence), its [n] markers are renumbered to the citations the reader sees, and the
 * answer ends by saying how many statements were removed. Nothing usable → the extractive answer.
 */

/** `byModel`: the answer is the model's (checked); false when the extractive one stood in. */
export type AnswerEvent = { type: "delta"; text: string } | { type: "done"; answer: Answer; byModel?: boolean };

export const PASSAGES_FOR_MODEL = 6;

export async function* writtenAnswer(
  model: TextStreamModel,
  question: string,
  hits: readonly Hit[],
  lang: Locale,
  history: readonly { role: "user" | "assistant"; text: string }[],
  ownLevel: number | null,
  minSimilarity: number,
  signal?: AbortSignal,
): AsyncGenerator<AnswerEvent> {
  const t = translator(lang);
  const passages = hits.slice(0, PASSAGES_FOR_MODEL);
  const support = supportOf(passages, ownLevel);
  const numbered = passages.map((h, i) => ({ n: i + 1, kind: h.kind, title: h.title, text: h.body }));
  const citations: Citation[] = [];
  const citationOf = new Map<number, number>();
  const splitter = new SentenceSplitter();
  let kept = "";
  let removed = 0;

  const accept = (sentence: string): string | null => {
    if (unsupported(sentence, support).length > 0) {
      removed += 1;
      return null;
    }
    // Markers of passages that do not exist are dropped; the others renumbered in order of first use.
    return normaliseMarkers(sentence).replace(/\[(\d{1,2})\]/g, (_, digits: string) => {
      const n = Number(digits);
      const hit = passages[n - 1];
      if (!hit) return "";
      let index = citationOf.get(n);
      if (index === undefined) {
        citations.push({ kind: hit.kind, id: hit.refId, title: hit.title, quote: bestLines(hit.body, `${question}\n${sentence}`) });
        index = citations.length;
        citationOf.set(n, index);
      }
      return `[${index}]`;
    });
  };

  let interrupted = false;
  try {
    for await (const chunk of model.stream(assistantMessages(lang, question, numbered, history), signal)) {
      for (const sentence of splitter.push(chunk)) {
        const text = accept(sentence);
        if (text !== null && text.trim()) {
          kept += text;
          yield { type: "delta", text };
        }
      }
    }
  } catch (error) {
    // Before anything was said, the caller answers without the model; after, the answer ends here.
    if (!kept.trim()) throw error;
    interrupted = true;
    splitter.end();
  }
  for (const sentence of interrupted ? [] : splitter.end()) {
    const text = accept(sentence);
    if (text !== null && text.trim()) {
      kept += text;
      yield { type: "delta", text };
    }
  }
  if (!kept.trim()) {
    const fallback = extractiveAnswer(question, hits, lang, minSimilarity);
    const answer = { ...fallback, answer: `${t("as.answer.unconfirmedAll")}\n${fallback.answer}` };
    yield { type: "delta", text: answer.answer };
    yield { type: "done", answer, byModel: false };
    return;
  }
  const notes = [interrupted ? t("as.answer.interrupted") : "", removed > 0 ? t("as.answer.unconfirmed", { count: removed }) : ""].filter(Boolean);
  if (notes.length > 0) {
    const note = `\n${notes.join("\n")}`;
    kept += note;
    yield { type: "delta", text: note };
  }
  yield { type: "done", answer: { answer: kept.trim(), citations, handoff: false, outcome: "answered" }, byModel: true };
}
