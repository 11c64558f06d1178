import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assistantPassages } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import type { Locale } from "@/lib/i18n/locales";
import type { TemplateId } from "@/scoring";
import { termsVector } from "./index-store";
import type { CitationKind, Passage } from "./passages";
import { synonymTerms } from "./synonyms";
import type { Embedder } from "@/lib/llm/embeddings";
import { nearest } from "./vectors";
import { searchTerms } from "./text";

/**
 * Ranked retrieval: the caller's scope first (the shared FAQ and model, the catalogue rows of the
 * portals this portal sees, only the policies that apply where it is, and the caller's own passages,
 * which are ranked in the same query without ever being stored), then each question term weighted by
 * how rare it is in that scope (an idf, so 补贴 counts more than 企业) times how it occurs in the
 * passage (title over keywords over body, by ts_rank, normalised by length). Synonyms count at a lower
 * weight. The same SQL runs on PGlite and PostgreSQL.
 */

export interface Scope {
  lang: Locale;
  /** The portal and the platform: whose catalogue rows are visible. */
  tenantIds: readonly string[];
  /** Policy ids that apply where the portal (or the caller's firm) is. */
  policyIds: readonly string[];
  templates: readonly TemplateId[];
  /** The caller's own result, plan and report passages (never stored). */
  own: readonly Passage[];
}

export interface Hit extends Passage {
  score: number;
  /** How many of the question's own terms the passage has. */
  matched: number;
  /** Cosine similarity to the question, when an embeddings model ranks too. */
  similarity?: number;
}

const MAX_TERMS = 40;
const SYNONYM_WEIGHT = 0.6;
const MAX_SOLUTIONS = 2;

export interface QueryTerms {
  own: string[];
  synonyms: string[];
}

export function queryTerms(question: string): QueryTerms {
  const own = searchTerms(question).slice(0, MAX_TERMS);
  const synonyms = synonymTerms(own).slice(0, Math.max(0, MAX_TERMS - own.length));
  return { own, synonyms };
}

const jsonArray = (values: readonly string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** The stored passages a scope may see (the caller's own are added beside them); `places: false` leaves the policies of every place in. */
function scopeWhere(scope: Scope, places = true): SQL {
  const policyPlace = places ? sql`(${assistantPassages.kind} <> 'policy' or ${assistantPassages.refId} = any(${jsonArray(scope.policyIds)}))` : sql`true`;
  return sql`${assistantPassages.lang} = ${scope.lang}
      and ((${assistantPassages.tenantId} is null and (${assistantPassages.source} = 'faq' or ${assistantPassages.source} = any(${jsonArray(scope.templates.map((t) => `model:${t}`))})))
        or (${assistantPassages.tenantId} = any(${jsonArray(scope.tenantIds)}::uuid[]) and ${policyPlace}))`;
}

type Row = { kind: CitationKind; ref_id: string; title: string; body: string; url: string | null; score: number; matched: number; similarity?: number };

/** Reciprocal-rank fusion of the words' ranking and the meaning's (k = 60, as usual). */
function fuse(lexical: Row[], vector: Row[]): Row[] {
  const key = (r: Row) => `${r.kind}\u0000${r.ref_id}\u0000${r.title}`;
  const merged = new Map<string, { row: Row; rrf: number }>();
  lexical.forEach((r, i) => merged.set(key(r), { row: r, rrf: 1 / (60 + i) }));
  vector.forEach((r, i) => {
    const at = merged.get(key(r));
    if (at) {
      at.rrf += 1 / (60 + i);
      at.row.similarity = r.similarity;
    } else merged.set(key(r), { row: r, rrf: 1 / (60 + i) });
  });
  return [...merged.values()].sort((a, b) => b.rrf - a.rrf).map((m) => m.row);
}

export async function retrieve(db: Db, question: string, scope: Scope, limit = 8, embedder: Embedder | null = null): Promise<Hit[]> {
  const lexical = await lexicalRows(db, question, scope, limit * 8);
  let rows = lexical;
  if (embedder) {
    // Vectors are kept per portal and language; the policies of the place are chosen among them here.
    const scopeKey = JSON.stringify([scope.lang, scope.tenantIds, scope.templates]);
    const places = new Set(scope.policyIds);
    const near = await nearest(
      db,
      embedder,
      question,
      { key: scopeKey, where: scopeWhere(scope, false), own: scope.own, keep: (p) => p.kind !== "policy" || places.has(p.refId) },
      limit * 8,
    );
    rows = fuse(
      lexical,
      near.map((n) => ({ kind: n.kind, ref_id: n.refId, title: n.title, body: n.body, url: n.url, score: 0, matched: 0, similarity: n.similarity })),
    );
  }
  return distinct(rows, scope, limit);
}

async function lexicalRows(db: Db, question: string, scope: Scope, limit: number): Promise<Row[]> {
  const { own, synonyms } = queryTerms(question);
  const terms = [...own.map((t) => ({ t, w: 1 })), ...synonyms.map((t) => ({ t, w: SYNONYM_WEIGHT }))];
  if (terms.length === 0) return [];
  const any = terms.map((x) => `'${x.t}'`).join(" | ");
  const ownRows = scope.own.map((p) => ({ kind: p.kind, ref_id: p.refId, title: p.title, body: p.body, url: p.url, terms: termsVector(p) }));
  const q = (i: number) => sql`${`'${terms[i]!.t}'`}::tsquery`;
  const counts = sql.join(
    terms.map((_, i) => sql`count(*) filter (where terms @@ ${q(i)})::float8 as d${sql.raw(String(i))}`),
    sql`, `,
  );
  const score = sql.join(
    terms.map(
      (x, i) =>
        sql`${x.w}::float8 * ln(1 + (stats.n - stats.d${sql.raw(String(i))} + 0.5) / (stats.d${sql.raw(String(i))} + 0.5)) * ts_rank('{0.1, 0.2, 0.5, 1.0}', terms, ${q(i)}, 1)`,
    ),
    sql` + `,
  );
  const matched = sql.join(
    own.map((_, i) => sql`(terms @@ ${q(i)})::int`),
    sql` + `,
  );
  const scoped: SQL = sql`
    select kind, ref_id, title, body, url, terms from ${assistantPassages}
    where ${scopeWhere(scope)}
    union all
    select x.kind, x.ref_id, x.title, x.body, x.url, x.terms::tsvector
    from jsonb_to_recordset(${JSON.stringify(ownRows)}::jsonb) as x(kind text, ref_id text, title text, body text, url text, terms text)`;
  return rowsOf<Row>(
    await db.execute(sql`
      with scoped as materialized (${scoped}),
      stats as (select count(*)::float8 as n, ${counts} from scoped)
      select kind, ref_id, title, body, url, (${score})::float8 as score, (${own.length ? matched : sql`0`})::int as matched
      from scoped, stats
      where terms @@ ${any}::tsquery
      order by score desc, kind, ref_id, title
      limit ${limit}`),
  ).map((r) => ({ ...r, score: Number(r.score), matched: Number(r.matched) }));
}

function distinct(rows: readonly Row[], scope: Scope, limit: number): Hit[] {
  // One passage per thing cited (its best), but every part of the caller's own result; and at most
  // two solutions, which come in families of near-identical offers and would crowd out the model.
  const seen = new Set<string>();
  const hits: Hit[] = [];
  let solutionsKept = 0;
  for (const r of rows) {
    const own = r.kind === "result" || r.kind === "report";
    const key = own ? `${r.kind}\u0000${r.title}` : `${r.kind}\u0000${r.ref_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.kind === "solution" && ++solutionsKept > MAX_SOLUTIONS) continue;
    hits.push({
      kind: r.kind,
      refId: r.ref_id,
      lang: scope.lang,
      title: r.title,
      keywords: "",
      body: r.body,
      url: r.url,
      score: r.score,
      matched: r.matched,
      ...(r.similarity !== undefined ? { similarity: r.similarity } : {}),
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
