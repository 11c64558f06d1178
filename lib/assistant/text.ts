/**
 * Text into search terms, the same way for passages and questions, so that PostgreSQL full-text
 * search (which has no Chinese parser) matches Chinese: words from Intl.Segmenter, plus every
 * character bigram of each run of Han characters (the segmenter keeps 中小企业 as one word and splits
 * 续答 into 续|答, so words alone miss both ways), plus English words lightly stemmed. Terms are
 * lexemes of letters, digits and dots only, so they can be written into a tsquery literal as they are.
 * Pure.
 */

const zhWords = new Intl.Segmenter("zh", { granularity: "word" });
const enWords = new Intl.Segmenter("en", { granularity: "word" });

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Characters that make a bigram noise (particles, pronouns, question words). */
const STOP_CHARS = new Set([..."的了吗呢吧啊呀么是我你他她它们这那哪个在和与及或就都也还又很嘛喔哦噢怎什"]);
/** Whole words and bigrams that carry no topic. */
const STOP_ZH = new Set([
  "怎样",
  "如何",
  "可以",
  "能否",
  "是否",
  "需要",
  "应该",
  "一下",
  "请问",
  "谢谢",
  "您好",
  "你好",
  "一个",
  "有没有",
  "没有",
  "什么",
  "为什",
  "怎么",
  "多少钱",
  "知道",
  "告诉",
  "现在",
  "已经",
  "如果",
  "因为",
  "所以",
]);
const STOP_EN = new Set(
  "a an the and or but if of to in on at by for with from as is are was were be been being do does did done have has had i me my we our you your he she it its they them their this that these those what which who whom how why when where can could should would will shall may might must not no yes please about into than then so just also there here any some get got".split(
    " ",
  ),
);

/** NFKC (full-width letters and digits), lower case. */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** A light English stemmer: plural and common endings, so that "subsidies" finds "subsidy". */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ing") && word.length > 5) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -2);
  if (word.endsWith("es") && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

const clean = (term: string) => term.replace(/[^\p{L}\p{N}.]/gu, "").replace(/^\.+|\.+$/g, "");

function hanBigrams(run: string, into: Set<string>): void {
  const chars = [...run];
  if (chars.length === 1) {
    if (!STOP_CHARS.has(chars[0]!)) into.add(chars[0]!);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (STOP_CHARS.has(a) || STOP_CHARS.has(b)) continue;
    const gram = a + b;
    if (!STOP_ZH.has(gram)) into.add(gram);
  }
}

/** The search terms of a text, each once. */
export function searchTerms(text: string): string[] {
  const input = normaliseForSearch(text);
  const terms = new Set<string>();
  for (const run of input.match(HAN_RUN) ?? []) {
    hanBigrams(run, terms);
    for (const part of zhWords.segment(run)) {
      const word = part.segment;
      // Longer words as a whole too (中小企业), besides their bigrams.
      if (part.isWordLike && [...word].length >= 3 && !STOP_ZH.has(word)) terms.add(word);
    }
  }
  const rest = input.replace(HAN_RUN, " ");
  for (const part of enWords.segment(rest)) {
    if (!part.isWordLike) continue;
    const word = clean(part.segment.replace(/['’]s$/, ""));
    if (!word || HAN.test(word) || STOP_EN.has(word)) continue;
    // Codes (F.NET, S.QUALITY) stay whole; words are stemmed.
    terms.add(word.includes(".") || /\d/.test(word) ? word : stemEnglish(word));
  }
  return [...terms].filter((t) => t.length > 0 && t.length <= 60);
}

/** Whether a text is written in Chinese (any Han character): questions are matched to passages of their script. */
export function isChinese(text: string): boolean {
  return HAN.test(text);
}

/** A tsquery literal that matches any of the terms (terms are letters, digits and dots only). */
export function anyTermQuery(terms: readonly string[]): string {
  return terms.map((t) => `'${t}'`).join(" | ");
}
