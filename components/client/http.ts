"use client";

import type { ErrorBody } from "@/lib/http/errors";

/**
 * The one way the browser calls our JSON API. Every failure comes back as one shape, the server's
 * `ErrorBody` error plus the HTTP status; `status: 0` (code "network") when no answer arrived.
 */
/** A field at fault, as the server words it (in the request's language). */
export type ApiIssue = NonNullable<ErrorBody["error"]["issues"]>[number];

export interface ApiError {
  status: number;
  code: ErrorBody["error"]["code"] | "network";
  message: string;
  issues: ApiIssue[];
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

export interface RequestOptions {
  /** JSON (sent with a content type), or FormData (sent as multipart). */
  body?: unknown;
  /** An assessment's resume token; none (or empty) and the session cookie decides. */
  token?: string | null;
  signal?: AbortSignal;
}

/** Request headers for an assessment: its resume token, or none so that the session cookie decides. */
export function accessHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : {};
  } catch {
    return {};
  }
}

function errorOf(status: number, data: unknown): ApiError {
  const body = (data ?? {}) as Partial<ErrorBody>;
  return { status, code: body.error?.code ?? "internal", message: body.error?.message ?? String(status), issues: body.error?.issues ?? [] };
}

export async function request<T>(method: string, url: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = accessHeaders(options.token);
  const init: RequestInit = { method, headers, signal: options.signal };
  if (options.body instanceof FormData) init.body = options.body;
  else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  try {
    const response = await fetch(url, init);
    const data = parse(await response.text());
    // The response types come from the server modules that write these bodies.
    if (response.ok) return { ok: true, status: response.status, data: data as T };
    return { ok: false, status: response.status, error: errorOf(response.status, data) };
  } catch (e) {
    return { ok: false, status: 0, error: { status: 0, code: "network", message: e instanceof Error ? e.message : String(e), issues: [] } };
  }
}

/** Shorthand for the workspace forms: a method, a URL and an optional JSON or FormData body. */
export function api<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  return request<T>(method, url, { body });
}
