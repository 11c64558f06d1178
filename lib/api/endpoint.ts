import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { apiIdempotency, apiRequests } from "@/db/schema";
import { seal, unseal } from "@/lib/auth/sealed";
import { hit } from "@/lib/auth/rate-limit";
import { db as database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/body";
import { fileResponse } from "@/lib/http/download";
import { errorResponse, handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { parseQuery } from "@/lib/http/query";
import { apiCallerOf, recordApiCall, requireScope, type ApiCaller, type ApiScope } from "./keys";

/**
 * One endpoint of `/api/v1`, defined once: its method, path, scope and the zod schemas of its path
 * parameters, query, body and answer. The route handler and the OpenAPI document are both made from
 * this definition, so the document is what the route validates with. The handler gets the database,
 * the key's caller and the parsed input; the wrapper authenticates the key, limits its rate (with
 * RateLimit-* headers), answers GETs with an ETag (304 on If-None-Match), replays a create sent again
 * with the same Idempotency-Key, logs the call, and turns errors into the one error shape.
 */

export interface EndpointDefinition<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** OpenAPI form: /api/v1/firms/{id}. */
  path: string;
  operationId: string;
  summary: { "zh-CN": string; en: string };
  scope: ApiScope;
  params?: P;
  query?: Q;
  body?: B;
  /** The answer's schema (status `status`, 200 unless said). */
  response: R;
  status?: number;
  /** Creates: a repeated Idempotency-Key gets the first answer. */
  idempotent?: boolean;
  /** When the endpoint answers 409, in the document's words. */
  conflict?: string;
  /** A file, not JSON: the handler returns { bytes, fileName } (the `response` schema is then binaryFile). */
  binary?: "application/pdf";
  handler: (ctx: { db: Db; caller: ApiCaller; params: z.infer<P>; query: z.infer<Q>; body: z.infer<B>; request: Request }) => Promise<z.input<R>>;
}

// Loosely typed for the registry and the document.
export type AnyEndpoint = EndpointDefinition<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

/** Calls per key and minute. */
export const RATE_PER_MINUTE = 600;

const etagOf = (body: string) => `"${createHash("sha1").update(body).digest("base64url")}"`;

function rateLimited(resetSeconds: number): AppError {
  return new AppError(
    "rate_limited",
    {
      "zh-CN": `authorization：该密钥每分钟最多调用 ${RATE_PER_MINUTE} 次，请 ${resetSeconds} 秒后再试`,
      en: `authorization: at most ${RATE_PER_MINUTE} calls a minute per key; retry in ${resetSeconds} s`,
    },
    { issues: [{ field: "authorization", message: { "zh-CN": "调用太频繁", en: "too many calls" } }] },
  );
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;
/** A claim this old without an answer belongs to a request that died. */
const STALE_CLAIM_SECONDS = 60;

/** What a binary endpoint's handler returns. */
export interface BinaryFile {
  bytes: Uint8Array;
  fileName: string;
}
export const binaryFile = z.custom<BinaryFile>((v) => typeof v === "object" && v !== null && "bytes" in v && "fileName" in v);

export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  def: EndpointDefinition<P, Q, B, R>,
): EndpointDefinition<P, Q, B, R> {
  return def;
}

/** The Next route handler of an endpoint. */
export function handlerOf(def: AnyEndpoint): (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> {
  // Through the one handler: the server's activity count, and a database that is down is a 503.
  return handler(async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    const locale = requestLocale(request);
    const db = await database();
    let caller: ApiCaller | null = null;
    let rate: { limit: number; remaining: number; reset: number } | null = null;
    const path = new URL(request.url).pathname;
    const respond = async (response: Response) => {
      if (rate) {
        response.headers.set("RateLimit-Limit", String(rate.limit));
        response.headers.set("RateLimit-Remaining", String(rate.remaining));
        response.headers.set("RateLimit-Reset", String(rate.reset));
      }
      if (caller) {
        await recordApiCall(db, caller, def.method, path, response.status).catch(() => undefined);
        pruneNowAndThen(db);
      }
      return response;
    };
    try {
      caller = await apiCallerOf(db, request);
      const state = await hit(db, `api:key:${caller.keyId}`, 60_000);
      rate = { limit: RATE_PER_MINUTE, remaining: Math.max(0, RATE_PER_MINUTE - state.count), reset: Math.ceil(state.resetsInMs / 1000) };
      if (state.count > RATE_PER_MINUTE) {
        const response = errorResponse(rateLimited(rate.reset), locale);
        response.headers.set("Retry-After", String(rate.reset));
        return await respond(response);
      }
      requireScope(caller, def.scope);
      const rawParams = (await context?.params) ?? {};
      const params = def.params ? parseQuery(new URLSearchParams(rawParams), def.params) : {};
      const query = def.query ? parseQuery(new URL(request.url).searchParams, def.query) : {};
      const body = def.body ? await readJson(request, def.body, 256 * 1024) : undefined;
      const run = async (on: Db = db) => {
        const value = await def.handler({ db: on, caller: caller!, params, query, body, request });
        // What leaves is what the document says: validated (and stripped) by the answer's schema.
        return def.response.parse(value) as unknown;
      };
      if (def.idempotent) return await respond(await idempotent(db, caller, request, def, body, run));
      if (def.binary) {
        const file = (await def.handler({ db, caller, params, query, body, request })) as BinaryFile;
        return await respond(fileResponse(Buffer.from(file.bytes), def.binary, file.fileName, "download"));
      }
      const value = await run();
      const text = JSON.stringify(value);
      const headers = new Headers({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-cache" });
      if (def.method === "GET") {
        const etag = etagOf(text);
        headers.set("ETag", etag);
        const wanted = request.headers.get("if-none-match");
        if (wanted && wanted.split(",").some((t) => t.trim() === etag || t.trim() === `W/${etag}`))
          return await respond(new Response(null, { status: 304, headers }));
      }
      return await respond(new Response(text, { status: def.status ?? 200, headers }));
    } catch (error) {
      return respond(errorResponse(error, locale));
    }
  });
}

/**
 * A create with an Idempotency-Key: the first request claims the key (a row without an answer), runs,
 * and keeps its answer; a repeat gets that answer again; the same key with another request is a 409,
 * and so is a repeat while the first still runs (retry shortly). A failed first run frees the key.
 */
async function idempotent(db: Db, caller: ApiCaller, request: Request, def: AnyEndpoint, body: unknown, run: (on: Db) => Promise<unknown>): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  const status = def.status ?? 201;
  const json = (value: unknown, code: number, replayed = false) =>
    new Response(JSON.stringify(value), {
      status: code,
      headers: { "Content-Type": "application/json; charset=utf-8", ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
    });
  if (key === null) return json(await run(db), status);
  if (!IDEMPOTENCY_KEY.test(key))
    throw AppError.validation([
      { field: "idempotency-key", message: { "zh-CN": "应为 8 到 128 个字母、数字或 _.:-", en: "8 to 128 letters, digits or _.:-" } },
    ]);
  const requestHash = createHash("sha256")
    .update(`${def.method} ${new URL(request.url).pathname}\n${JSON.stringify(body ?? null)}`)
    .digest("hex");
  const mine = and(eq(apiIdempotency.keyId, caller.keyId), eq(apiIdempotency.idempotencyKey, key));
  // Set here (whole milliseconds, as a JS date holds them) so that the claim can be recognised by it.
  const claimAt = new Date();
  let claimed = await db
    .insert(apiIdempotency)
    .values({ keyId: caller.keyId, idempotencyKey: key, tenantId: caller.tenantId, requestHash, createdAt: claimAt })
    .onConflictDoNothing()
    .returning({ at: apiIdempotency.createdAt });
  // A claim left without an answer for longer than any request runs is from a server that stopped
  // mid-request (its transaction rolled back): the repeat takes it over instead of waiting forever.
  if (claimed.length === 0)
    claimed = await db
      .update(apiIdempotency)
      .set({ createdAt: claimAt })
      .where(
        and(
          mine,
          eq(apiIdempotency.requestHash, requestHash),
          isNull(apiIdempotency.status),
          sql`${apiIdempotency.createdAt} < now() - make_interval(secs => ${STALE_CLAIM_SECONDS})`,
        ),
      )
      .returning({ at: apiIdempotency.createdAt });
  if (claimed.length === 0) {
    const [row] = await db.select().from(apiIdempotency).where(mine);
    const conflict = (zh: string, en: string) =>
      new AppError(
        "conflict",
        { "zh-CN": `idempotency-key：${zh}`, en: `idempotency-key: ${en}` },
        { issues: [{ field: "idempotency-key", message: { "zh-CN": zh, en } }] },
      );
    if (!row || row.requestHash !== requestHash) throw conflict("该幂等键已用于另一个请求", "this key was used for another request");
    if (row.status === null) throw conflict("使用该幂等键的请求仍在处理中，请稍后重试", "a request with this key is still running; retry shortly");
    // The answer is kept sealed (it holds the firm's resume token).
    const kept = typeof row.response === "string" ? unseal(row.response, "api-idempotency") : null;
    if (kept === null) throw conflict("该幂等键的原应答已无法读取，请换一个幂等键", "the first answer can no longer be read; use another key");
    return json(JSON.parse(kept), row.status, true);
  }
  // This request's claim, and no other's: a request taken over after a minute must neither keep its
  // create (a second one) nor free the claim of the request that took over.
  const ours = and(mine, eq(apiIdempotency.createdAt, claimAt), isNull(apiIdempotency.status));
  try {
    // The create and its kept answer commit together: a server stopping in between leaves neither.
    const value = await db.transaction(async (tx) => {
      const made = await run(tx);
      const kept = await tx
        .update(apiIdempotency)
        .set({ status, response: seal(JSON.stringify(made), "api-idempotency") })
        .where(ours)
        .returning({ key: apiIdempotency.idempotencyKey });
      if (kept.length === 0) throw new TakenOver();
      return made;
    });
    return json(value, status);
  } catch (error) {
    if (error instanceof TakenOver)
      throw new AppError(
        "conflict",
        {
          "zh-CN": "idempotency-key：该请求耗时过长，已由重试接手，请用同一个幂等键重试以取得结果",
          en: "idempotency-key: this request took too long and a retry took it over; retry with the same key for its answer",
        },
        { issues: [{ field: "idempotency-key", message: { "zh-CN": "已由重试接手", en: "taken over by a retry" } }] },
      );
    await db.delete(apiIdempotency).where(ours);
    throw error;
  }
}

class TakenOver extends Error {}

/** Idempotency records are kept a day (a retry comes within minutes); the call log 90 days. */
export async function pruneApiRecords(db: Db): Promise<void> {
  await db.delete(apiIdempotency).where(sql`${apiIdempotency.createdAt} < now() - interval '1 day'`);
  await db.delete(apiRequests).where(sql`${apiRequests.at} < now() - interval '90 days'`);
}

let lastPrune = 0;
/** At most once an hour per process, after a call: no scheduler needed, and idle servers owe nothing. */
function pruneNowAndThen(db: Db): void {
  if (Date.now() - lastPrune < 3_600_000) return;
  lastPrune = Date.now();
  void pruneApiRecords(db).catch(() => undefined);
}
