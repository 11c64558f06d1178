"use client";

/** Calls our JSON API from workspace pages; errors come back with the server's message and field issues. */
export interface ApiError {
  message: string;
  issues: { field: string; message: string }[];
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

export async function api<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  const init: RequestInit = { method, headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    const data = text ? (JSON.parse(text) as T & { error?: ApiError }) : ({} as T & { error?: ApiError });
    if (response.ok) return { ok: true, status: response.status, data };
    return { ok: false, status: response.status, error: { message: data.error?.message ?? String(response.status), issues: data.error?.issues ?? [] } };
  } catch (e) {
    return { ok: false, status: 0, error: { message: e instanceof Error ? e.message : String(e), issues: [] } };
  }
}
