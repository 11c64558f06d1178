import type { PolicyEntry } from "@/db/catalogue/policies";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import { formatMoney } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translate";
import type { CompiledTemplate } from "@/scoring";
import type { FaqEntry } from "./faq-types";

/**
 * What the assistant can cite, as passages: one thing each (a question of the model, a scene, the
 * level rule, a condition of a policy, a solution, an FAQ entry, a part of the caller's own result),
 * in one language, with a title, the words it is found by, and the text quoted. Built from the data
 * as it is; nothing here is written for the occasion. Pure.
 */

export const CITATION_KINDS = ["policy", "indicator", "scene", "solution", "faq", "result", "report"] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export interface Passage {
  kind: CitationKind;
  /** What the citation names: a policy or solution id, a question or scene code, an FAQ id, an assessment id. */
  refId: string;
  lang: Locale;
  title: string;
  /** Searched with more weight than the body (other phrasings, keywords). */
  keywords: string;
  /** The passage's text: what an extractive answer shows and a model writes from. */
  body: string;
  /** Where it comes from (a policy clause's source), when there is an address. */
  url: string | null;
}

const LANGS: readonly Locale[] = ["zh-CN", "en"];

export function faqPassages(entries: readonly FaqEntry[]): Passage[] {
  return entries.flatMap((e) =>
    LANGS.map((lang) => ({
      kind: "faq" as const,
      refId: e.id,
      lang,
      title: e.question[lang],
      keywords: e.alt[lang].join("\n"),
      body: e.answer[lang],
      url: null,
    })),
  );
}

const joinList = (items: readonly string[], lang: Locale) => items.join(lang === "zh-CN" ? "、" : ", ");
const points = (n: number) => String(Math.round(n * 1000) / 1000);

/** The model: every question with its options, help and evidence; every scene with its ladder; the level rule. */
export function modelPassages(template: CompiledTemplate): Passage[] {
  const def = template.def;
  const out: Passage[] = [];
  for (const lang of LANGS) {
    const t = translator(lang);
    const reference = def.isReference ? t("as.model.reference") : "";
    for (const q of def.questions) {
      const indicator = def.indicators.find((i) => i.code === q.indicator);
      const dimension = def.dimensions.find((d) => d.code === indicator?.dimension);
      const options = q.options.map((o) => t("as.model.option", { label: o.label[lang], points: points(o.points) }));
      out.push({
        kind: "indicator",
        refId: q.code,
        lang,
        title: `${q.label[lang]}（${q.code}）`,
        keywords: [q.shortLabel?.[lang], indicator?.label[lang], dimension?.label[lang], q.code].filter(Boolean).join("\n"),
        body: [
          t("as.model.question", { dimension: dimension?.label[lang] ?? "", indicator: indicator?.label[lang] ?? "", max: points(q.max) }),
          q.help.meaning[lang],
          t(`as.model.kind.${q.kind}`),
          `${t("as.model.options")}${joinList(options, lang)}`,
          `${t("as.model.evidence")}${q.help.evidence[lang]}`,
          reference,
        ]
          .filter(Boolean)
          .join("\n"),
        url: null,
      });
    }
    for (const s of def.scenes) {
      const group = def.sceneGroups.find((g) => g.code === s.group);
      const ladder = ([1, 2, 3, 4] as const).map((n) => t("as.model.rung", { level: n, text: s.ladder[n][lang] }));
      out.push({
        kind: "scene",
        refId: s.code,
        lang,
        title: t("as.model.sceneTitle", { scene: s.label[lang] }),
        keywords: [group?.label[lang], s.code].filter(Boolean).join("\n"),
        body: [t("as.model.sceneLead", { group: group?.label[lang] ?? "" }), t("as.model.rung", { level: 0, text: def.sceneLevelZero[lang] }), ...ladder].join(
          "\n",
        ),
        url: null,
      });
    }
    const rungs = [...def.levelRule].sort((a, b) => a.level - b.level);
    out.push({
      kind: "indicator",
      refId: "level-rule",
      lang,
      title: t("as.model.ruleTitle"),
      keywords: t("as.model.ruleKeywords"),
      body: [
        t("as.model.ruleLead"),
        ...rungs.map((r) =>
          t("as.model.ruleRung", {
            level: def.levelNames[r.level as 1 | 2 | 3 | 4][lang],
            score: r.minScore,
            scenes: r.minScenes,
            constrained: r.minConstrained,
          }),
        ),
        ...([1, 2, 3, 4] as const).map((n) => `${def.levelNames[n][lang]}：${def.levelDescriptions[n][lang]}`),
        reference,
      ]
        .filter(Boolean)
        .join("\n"),
      url: null,
    });
    out.push({
      kind: "indicator",
      refId: "dimensions",
      lang,
      title: t("as.model.dimensionsTitle"),
      keywords: t("as.model.dimensionsKeywords"),
      body: [
        ...def.dimensions.map((d) => t("as.model.dimension", { label: d.label[lang], max: points(d.max) })),
        t("as.model.operations", { scenes: def.scenes.length }),
        def.source[lang],
      ].join("\n"),
      url: null,
    });
  }
  return out;
}

type ConditionKey = Exclude<
  keyof PolicyEntry,
  "id" | "kind" | "title" | "titleEn" | "docNo" | "issuer" | "issuedOn" | "demo" | "sources" | "exclusions" | "pointsByLevel" | "note" | "noteEn"
>;

/** The policy's conditions that quote their source, in the entry's own order. */
function conditionsOf(p: PolicyEntry): { key: ConditionKey; clause: NonNullable<PolicyEntry["region"]["clause"]> }[] {
  return Object.entries(p).flatMap(([key, value]) =>
    value && typeof value === "object" && "clause" in value && value.clause
      ? [{ key: key as ConditionKey, clause: value.clause as NonNullable<PolicyEntry["region"]["clause"]> }]
      : [],
  );
}

function clauseKindLabel(t: Translate, kind: "quote" | "summary" | "reading"): string {
  return t(`as.policy.clause.${kind}`);
}

/** A policy: one passage for what it is, one per condition the source states (its words, marked as quote, summary or our reading). */
export function policyPassages(p: PolicyEntry): Passage[] {
  const out: Passage[] = [];
  for (const lang of LANGS) {
    const t = translator(lang);
    const title = lang === "en" && p.titleEn ? p.titleEn : p.title;
    const demo = p.demo ? t("as.demo") : "";
    const facts: string[] = [];
    if (p.issuer) facts.push(t("as.policy.issuer", { issuer: p.issuer }));
    if (p.docNo) facts.push(t("as.policy.docNo", { docNo: p.docNo }));
    if (p.issuedOn) facts.push(t("as.policy.issuedOn", { date: p.issuedOn }));
    if (p.percent.value !== null) facts.push(t("as.policy.percent", { percent: p.percent.value }));
    const cap = p.cap.value;
    if (cap?.kind === "flat") facts.push(t("as.policy.cap", { amount: formatMoney(cap.yuan, lang) }));
    if (cap?.kind === "tiered")
      facts.push(
        t("as.policy.capTiers", {
          tiers: joinList(
            cap.tiers.map((x) => t("as.policy.capTier", { level: x.level, amount: formatMoney(x.yuan, lang) })),
            lang,
          ),
        }),
      );
    if (p.levelAfter.value) facts.push(t("as.policy.levelAfter", { level: p.levelAfter.value.min }));
    if (p.levelBefore.value) facts.push(t("as.policy.levelBefore", { level: p.levelBefore.value.max }));
    const window = p.window.value;
    if (window?.until) facts.push(t("as.policy.until", { date: window.until }));
    if (p.payment.value) facts.push(t(`as.policy.payment.${p.payment.value}`));
    if (p.documents.value?.length) facts.push(t("as.policy.documents", { list: joinList(p.documents.value, lang) }));
    const note = lang === "en" ? (p.noteEn ?? p.note) : p.note;
    out.push({
      kind: "policy",
      refId: p.id,
      lang,
      title,
      keywords: [p.title, p.titleEn, p.docNo, p.issuer, t(p.kind === "subsidy" ? "as.policy.kind.subsidy" : "as.policy.kind.criterion")]
        .filter(Boolean)
        .join("\n"),
      body: [
        demo,
        ...facts,
        facts.length ? t("as.policy.digest") : "",
        note,
        p.exclusions.length ? t("as.policy.exclusions", { list: joinList(p.exclusions, lang) }) : "",
      ]
        .filter(Boolean)
        .join("\n"),
      url: p.sources[0] ?? null,
    });
    for (const { key, clause } of conditionsOf(p)) {
      const text = lang === "en" && clause.kind !== "quote" && clause.en ? clause.en : clause.quote;
      out.push({
        kind: "policy",
        refId: p.id,
        lang,
        title: `${title} · ${t(`as.policy.condition.${key}`)}`,
        keywords: [t(`as.policy.condition.${key}`), p.docNo].filter(Boolean).join("\n"),
        body: [demo, `${clauseKindLabel(t, clause.kind)}${text}`].filter(Boolean).join("\n"),
        url: clause.source,
      });
    }
  }
  return out;
}

export function solutionPassages(s: SolutionEntry, sceneLabel: (code: string, lang: Locale) => string): Passage[] {
  return LANGS.map((lang) => {
    const t = translator(lang);
    const price = t("as.solution.price", {
      oneOff: `${formatMoney(s.price.oneOff.min * 10_000, lang)}–${formatMoney(s.price.oneOff.max * 10_000, lang)}`,
      yearly: `${formatMoney(s.price.yearly.min * 10_000, lang)}–${formatMoney(s.price.yearly.max * 10_000, lang)}`,
    });
    const lifts = s.lifts.map((l) => t("as.solution.lift", { scene: sceneLabel(l.scene, lang), from: l.from, to: l.to }));
    return {
      kind: "solution" as const,
      refId: s.id,
      lang,
      title: `${s.name[lang]}（${s.provider.name[lang]}）`,
      keywords: [t(`ws.sf.category.${s.category}`), s.xiaokuaiqingzhun ? t("as.solution.xkqz") : ""].filter(Boolean).join("\n"),
      body: [
        s.demo ? t("as.demo") : "",
        s.description[lang],
        price,
        t("as.solution.weeks", { min: s.durationWeeks.min, max: s.durationWeeks.max }),
        lifts.length ? `${t("as.solution.lifts")}${joinList(lifts, lang)}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
      url: null,
    };
  });
}
