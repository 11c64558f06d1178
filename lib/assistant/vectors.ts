import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assistantPassages, assistantSources } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { defaultEmbedder, type Embedder } from "@/lib/llm/embeddings";
import type { JobHandler } from "@/lib/jobs/worker";
import type { CitationKind, Passage } from "./passages";

/**
 * Ranking by meaning, when an embeddings model is configured: every passage gets a vector (made in the
 * background by the `assistant.embed` job, again when the passage or the model changes), the question
 * one when asked, and the caller's own passages theirs on the fly. Debian 12's PostgreSQL has no
 * pgvector, so the portal's vectors are held in memory, normalised, per index version, and compared
 * there (a few thousand passages: milliseconds). Rankings are merged with the words' by reciprocal rank.
 */

export interface VectorHit {
  kind: CitationKind;
  refId: string;
  title: string;
  body: string;
  url: string | null;
  similarity: number;
}

function normalise(v: readonly number[]): Float32Array {
  const out = Float32Array.from(v);
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

const passageText = (p: { title: string; body: string }) => `${p.title}\n${p.body}`.slice(0, 4000);

/** Vectors for passages that lack one (or have another model's), in batches; the index version moves after each. */
export async function embedMissing(db: Db, embedder: Embedder, batch = 128): Promise<{ embedded: number }> {
  let embedded = 0;
  for (;;) {
    const rows = await db
      .select({ id: assistantPassages.id, title: assistantPassages.title, body: assistantPassages.body })
      .from(assistantPassages)
      .where(or(isNull(assistantPassages.embedding), isNull(assistantPassages.embeddingModel), ne(assistantPassages.embeddingModel, embedder.model)))
      .limit(batch);
    if (rows.length === 0) return { embedded };
    const vectors = await embedder.embed(rows.map(passageText));
    const values = rows.map((r, i) => ({ id: r.id, v: vectors[i] ?? [] }));
    await db.execute(sql`
      update ${assistantPassages} p set embedding = array(select jsonb_array_elements_text(x.v)::real), embedding_model = ${embedder.model}
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as x(id uuid, v jsonb) where p.id = x.id`);
    await db
      .insert(assistantSources)
      .values({ source: "embeddings", tenantId: null, fingerprint: embedder.model, passages: embedded + rows.length })
      .onConflictDoUpdate({ target: assistantSources.source, set: { fingerprint: embedder.model, passages: embedded + rows.length, indexedAt: new Date() } });
    embedded += rows.length;
  }
}

export function embedJobHandler(embedder: () => Embedder | null = defaultEmbedder): JobHandler {
  return {
    async run(db) {
      const e = embedder();
      return e ? embedMissing(db, e) : { embedded: 0 };
    },
  };
}

interface Loaded {
  rows: Omit<VectorHit, "similarity">[];
  vectors: Float32Array[];
}

// The scoped vectors, per scope and index version (a few portals and languages: small).
const loaded = new Map<string, Loaded>();
const LOADED_MAX = 16;

async function indexVersion(db: Db): Promise<string> {
  const [row] = rowsOf<{ v: string | null }>(await db.execute(sql`select max(indexed_at)::text || ':' || count(*) as v from ${assistantSources}`));
  return row?.v ?? "";
}

async function scopedVectors(db: Db, embedder: Embedder, scopeKey: string, where: SQL): Promise<Loaded> {
  const key = `${embedder.model}|${scopeKey}|${await indexVersion(db)}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const rows = await db
    .select({
      kind: assistantPassages.kind,
      refId: assistantPassages.refId,
      title: assistantPassages.title,
      body: assistantPassages.body,
      url: assistantPassages.url,
      embedding: assistantPassages.embedding,
    })
    .from(assistantPassages)
    .where(and(where, eq(assistantPassages.embeddingModel, embedder.model)));
  const out: Loaded = { rows: [], vectors: [] };
  for (const r of rows) {
    if (!r.embedding?.length) continue;
    out.rows.push({ kind: r.kind as CitationKind, refId: r.refId, title: r.title, body: r.body, url: r.url });
    out.vectors.push(normalise(r.embedding));
  }
  if (loaded.size >= LOADED_MAX) loaded.delete(loaded.keys().next().value as string);
  loaded.set(key, out);
  return out;
}

// The caller's own passages and questions, embedded once each (by their text).
const ownVectors = new Map<string, Float32Array>();
const OWN_MAX = 4000;

async function vectorsOf(embedder: Embedder, texts: readonly string[]): Promise<Float32Array[]> {
  const keys = texts.map((t) => createHash("sha256").update(`${embedder.model}\u0000${t}`).digest("hex"));
  const missing = [...new Set(keys.filter((k) => !ownVectors.has(k)))];
  if (missing.length > 0) {
    const textOf = new Map(keys.map((k, i) => [k, texts[i]!]));
    const made = await embedder.embed(missing.map((k) => textOf.get(k)!));
    missing.forEach((k, i) => {
      if (ownVectors.size >= OWN_MAX) ownVectors.delete(ownVectors.keys().next().value as string);
      ownVectors.set(k, normalise(made[i] ?? []));
    });
  }
  return keys.map((k) => ownVectors.get(k)!);
}

/** The passages of the scope nearest the question in meaning, best first. */
export async function nearest(
  db: Db,
  embedder: Embedder,
  question: string,
  scope: { key: string; where: SQL; own: readonly Passage[]; keep: (p: Pick<VectorHit, "kind" | "refId">) => boolean },
  limit: number,
): Promise<VectorHit[]> {
  const [q, ...own] = await vectorsOf(embedder, [question, ...scope.own.map(passageText)]);
  const { rows, vectors } = await scopedVectors(db, embedder, scope.key, scope.where);
  const scored: VectorHit[] = [];
  rows.forEach((r, i) => scope.keep(r) && scored.push({ ...r, similarity: dot(q!, vectors[i]!) }));
  scope.own.forEach((p, i) => scored.push({ kind: p.kind, refId: p.refId, title: p.title, body: p.body, url: p.url, similarity: dot(q!, own[i]!) }));
  return scored.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
