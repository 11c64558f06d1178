import "server-only";
import { createHash } from "node:crypto";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { policyEntry } from "@/db/catalogue/policies";
import { solutionEntry } from "@/db/catalogue/solutions";
import type { Db } from "@/db/client";
import { assistantPassages, assistantSources, policies, solutions } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { logger } from "@/lib/logger";
import { getTemplate, TEMPLATE_IDS, type TemplateId } from "@/scoring";
import { FAQ } from "./faq-data";
import { enqueueJob } from "@/lib/jobs/define";
import { assistantEmbedJob } from "@/lib/jobs/definitions";
import { defaultEmbedder } from "@/lib/llm/embeddings";
import { faqPassages, modelPassages, policyPassages, solutionPassages, type Passage } from "./passages";
import { searchTerms } from "./text";

/**
 * The assistant's index in the database: each source (the FAQ, a model template, a policy or solution
 * row) is indexed once and again only when its fingerprint changes, so an edited policy is found by
 * its new words on the next question, in every process, without a rebuild of everything. Removed or
 * deactivated rows lose their passages.
 */

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 24);

/**
 * What every passage's wording rests on besides its own row: the builder's shape (bump FORMAT when
 * it changes), the assistant's and the solution categories' messages, the scenes' names a solution
 * lifts. Part of every fingerprint, so a change to any of them indexes everything again.
 */
const FORMAT = "1";
const PASSAGES_VERSION = hash([
  FORMAT,
  messagesWithPrefix("zh-CN", "as."),
  messagesWithPrefix("en", "as."),
  messagesWithPrefix("zh-CN", "ws.sf.category."),
  messagesWithPrefix("en", "ws.sf.category."),
  getTemplate("miit-2024-manufacturing").def.scenes.map((s) => s.label),
]);

/** The tsvector literal of a passage: title terms weighted A, keywords B, body D, each with positions. */
export function termsVector(p: Pick<Passage, "title" | "keywords" | "body">): string {
  const positions = new Map<string, string[]>();
  let at = 1;
  for (const [text, weight] of [
    [p.title, "A"],
    [p.keywords, "B"],
    [p.body, "D"],
  ] as const) {
    for (const term of searchTerms(text)) {
      const list = positions.get(term) ?? [];
      // tsvector positions stop at 16383; weight D is written as no letter.
      if (list.length < 8) list.push(`${Math.min(at, 16383)}${weight === "D" ? "" : weight}`);
      positions.set(term, list);
      at += 1;
    }
  }
  return [...positions].map(([term, list]) => `'${term}':${list.join(",")}`).join(" ");
}

interface SourceState {
  source: string;
  tenantId: string | null;
  fingerprint: string;
  /** Built only when the fingerprint differs from the stored one. */
  build: () => Passage[];
}

async function write(db: Db, changed: readonly SourceState[]): Promise<void> {
  if (changed.length === 0) return;
  await writePassages(db, changed);
  // New passages have no vector yet: made in the background, ranked by words until then.
  if (defaultEmbedder()) await enqueueJob(db, assistantEmbedJob, {});
}

async function writePassages(db: Db, changed: readonly SourceState[]): Promise<void> {
  await db.transaction(async (tx) => {
    // One indexer at a time: two processes seeing the same change would otherwise both insert.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('assistant_index'))`);
    const stored = await tx
      .select({ source: assistantSources.source, fingerprint: assistantSources.fingerprint })
      .from(assistantSources)
      .where(
        inArray(
          assistantSources.source,
          changed.map((c) => c.source),
        ),
      );
    const current = new Map(stored.map((s) => [s.source, s.fingerprint]));
    const todo = changed.filter((c) => current.get(c.source) !== c.fingerprint);
    if (todo.length === 0) return;
    await tx.delete(assistantPassages).where(
      inArray(
        assistantPassages.source,
        todo.map((c) => c.source),
      ),
    );
    const rows = todo.flatMap((c) =>
      c.build().map((p, position) => ({
        source: c.source,
        tenant_id: c.tenantId,
        kind: p.kind,
        ref_id: p.refId,
        lang: p.lang,
        position,
        title: p.title,
        body: p.body,
        url: p.url,
        terms: termsVector(p),
      })),
    );
    for (let i = 0; i < rows.length; i += 500) {
      await tx.execute(sql`
        insert into ${assistantPassages} (source, tenant_id, kind, ref_id, lang, position, title, body, url, terms)
        select x.source, x.tenant_id, x.kind, x.ref_id, x.lang, x.position, x.title, x.body, x.url, x.terms::tsvector
        from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 500))}::jsonb)
          as x(source text, tenant_id uuid, kind text, ref_id text, lang text, position smallint, title text, body text, url text, terms text)`);
    }
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
    for (const c of todo) {
      const passages = counts.get(c.source) ?? 0;
      await tx
        .insert(assistantSources)
        .values({ source: c.source, tenantId: c.tenantId, fingerprint: c.fingerprint, passages })
        .onConflictDoUpdate({ target: assistantSources.source, set: { fingerprint: c.fingerprint, passages, indexedAt: new Date() } });
    }
  });
}

async function storedFingerprints(db: Db, where: ReturnType<typeof and>): Promise<Map<string, string>> {
  const rows = await db.select({ source: assistantSources.source, fingerprint: assistantSources.fingerprint }).from(assistantSources).where(where);
  return new Map(rows.map((r) => [r.source, r.fingerprint]));
}

// Shared sources (FAQ, model) are code: checked once per process and database.
const sharedChecked = new WeakMap<Db, Promise<void>>();

function sharedSources(): SourceState[] {
  const faq: SourceState = { source: "faq", tenantId: null, fingerprint: hash([PASSAGES_VERSION, FAQ]), build: () => faqPassages(FAQ) };
  const models = TEMPLATE_IDS.map((id: TemplateId) => {
    const template = getTemplate(id);
    return { source: `model:${id}`, tenantId: null, fingerprint: hash([PASSAGES_VERSION, template.def]), build: () => modelPassages(template) };
  });
  return [faq, ...models];
}

async function syncShared(db: Db): Promise<void> {
  const sources = sharedSources();
  const stored = await storedFingerprints(db, and(isNull(assistantSources.tenantId)));
  await write(
    db,
    sources.filter((s) => stored.get(s.source) !== s.fingerprint),
  );
}

/**
 * The catalogue rows of these portals as indexed now: changed rows indexed again, removed ones
 * dropped. One query for the rows' fingerprints, one for the stored ones; building happens only for
 * what changed.
 */
async function syncCatalogues(db: Db, tenantIds: readonly string[]): Promise<void> {
  if (tenantIds.length === 0) return;
  const list = sql.join(
    tenantIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = rowsOf<{ source: string; tenant_id: string; f: string }>(
    await db.execute(sql`
      select 'policy:' || id as source, tenant_id, status || ':' || extract(epoch from updated_at) as f from ${policies} where tenant_id in (${list})
      union all
      select 'solution:' || id, tenant_id, status || ':' || extract(epoch from updated_at) from ${solutions} where tenant_id in (${list})`),
  );
  const stored = await storedFingerprints(db, inArray(assistantSources.tenantId, [...tenantIds]));
  const wanted = new Map(rows.map((r) => [r.source, { tenantId: r.tenant_id, fingerprint: `${PASSAGES_VERSION}:${r.f}` }]));
  const changed = [...wanted].filter(([source, w]) => stored.get(source) !== w.fingerprint);
  const removed = [...stored.keys()].filter((source) => !wanted.has(source));
  if (changed.length > 0) {
    const ids = (prefix: string) => changed.filter(([s]) => s.startsWith(prefix)).map(([s]) => s.slice(prefix.length));
    const [policyRows, solutionRows] = await Promise.all([
      ids("policy:").length
        ? db
            .select({ id: policies.id, status: policies.status, data: policies.data })
            .from(policies)
            .where(inArray(policies.id, ids("policy:")))
        : [],
      ids("solution:").length
        ? db
            .select({ id: solutions.id, status: solutions.status, data: solutions.data })
            .from(solutions)
            .where(inArray(solutions.id, ids("solution:")))
        : [],
    ]);
    const manufacturing = getTemplate("miit-2024-manufacturing");
    const sceneLabel = (code: string, lang: "zh-CN" | "en") => manufacturing.sceneByCode.get(code)?.def.label[lang] ?? code;
    const builders = new Map<string, () => Passage[]>();
    for (const r of policyRows) {
      builders.set(`policy:${r.id}`, () => {
        const parsed = policyEntry.safeParse(r.data);
        if (r.status !== "active") return [];
        if (!parsed.success) return (logger.warn("assistant: skipping an invalid policy row", { id: r.id }), []);
        return policyPassages(parsed.data);
      });
    }
    for (const r of solutionRows) {
      builders.set(`solution:${r.id}`, () => {
        const parsed = solutionEntry.safeParse(r.data);
        if (r.status !== "active") return [];
        if (!parsed.success) return (logger.warn("assistant: skipping an invalid solution row", { id: r.id }), []);
        return solutionPassages(parsed.data, sceneLabel);
      });
    }
    await write(
      db,
      changed.map(([source, w]) => ({ source, tenantId: w.tenantId, fingerprint: w.fingerprint, build: builders.get(source) ?? (() => []) })),
    );
  }
  if (removed.length > 0) {
    await db.transaction(async (tx) => {
      await tx.delete(assistantPassages).where(inArray(assistantPassages.source, removed));
      await tx.delete(assistantSources).where(inArray(assistantSources.source, removed));
    });
  }
}

/** The index as the data is now, for these portals (their own catalogue and the platform's). */
export async function syncIndex(db: Db, tenantIds: readonly string[]): Promise<void> {
  let shared = sharedChecked.get(db);
  if (!shared) {
    shared = syncShared(db).catch((error) => {
      sharedChecked.delete(db);
      throw error;
    });
    sharedChecked.set(db, shared);
  }
  await shared;
  await syncCatalogues(db, tenantIds);
}
