import "server-only";
import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Caller } from "@/lib/assessments/access";
import { requestActor } from "@/lib/auth/request-actor";
import type { Actor } from "@/lib/auth/permissions";
import { db as database } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { readJson } from "./body";
import { callerOf, signedInActor } from "./caller";
import { handler } from "./errors";
import { requestLocale } from "./locale";
import { parseQuery } from "./query";

/** What a route handler gets: the database, its params, and the request's caller, body and query on demand. */
export interface RouteContext<P> {
  request: Request;
  db: Db;
  params: P;
  /** The reader's language (?lang=, cookie, Accept-Language). */
  locale: Locale;
  /** The resume token and/or the signed-in account; a 401 when there is neither. */
  caller(): Promise<Caller>;
  /** The signed-in account; a 401 when signed out. */
  actor(): Promise<Actor>;
  /** The signed-in account, or null (routes open to everyone that do more for members). */
  optionalActor(): Promise<Actor | null>;
  /** The JSON body, validated; a 400 names the field, a 413 the limit. Call it after the access check. */
  body<S extends z.ZodType>(schema: S, limit?: number): Promise<z.infer<S>>;
  /** The query string, validated by the one parser that pages use too. */
  query<S extends z.ZodType>(schema: S): z.infer<S>;
}

/**
 * The one wrapper of every API route: resolves the database and params once, gives the caller,
 * body and query through one place each, and turns every thrown error into the one error shape.
 * The caller is resolved only when asked for, so a public route costs no session read.
 */
export function route<P extends Record<string, string | string[]> = Record<string, string>>(
  fn: (ctx: RouteContext<P>) => Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return handler(async (request: Request, context: { params: Promise<P> }) => {
    const [db, params] = await Promise.all([database(), context?.params ?? Promise.resolve({} as P)]);
    return fn({
      request,
      db,
      params,
      get locale() {
        return requestLocale(request);
      },
      caller: () => callerOf(db, request),
      actor: () => signedInActor(db, request),
      optionalActor: () => requestActor(db, request),
      body: (schema, limit) => readJson(request, schema, limit),
      query: (schema) => parseQuery(new URL(request.url).searchParams, schema),
    });
  });
}
