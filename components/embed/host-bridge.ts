"use client";

/**
 * Talking to the portal page that frames us: typed, namespaced messages sent to one explicit origin
 * (the host's, checked against the portal's allowed list on the server and against the real ancestor
 * here). Without an allowed host nothing is sent.
 */

export interface EmbedContext {
  tenant: string;
  /** The host page's origin, when the portal allows it; null = send nothing. */
  origin: string | null;
  lang: "zh-CN" | "en";
}

export type HostEvent =
  | { type: "shuzhen:loaded"; detail: { path: string } }
  | { type: "shuzhen:resize"; detail: { height: number } }
  | { type: "shuzhen:step"; detail: { assessmentId: string; step: string; index: number; total: number; resumeToken: string | null } }
  | {
      type: "shuzhen:completed";
      detail: { assessmentId: string; level: number; levelName: string; total: number; isReference: boolean; resumeToken: string | null };
    };

export function postToHost(ctx: EmbedContext, event: HostEvent): void {
  if (!ctx.origin || typeof window === "undefined" || window.parent === window) return;
  // Where the browser knows the real ancestor, it must be the origin we were told.
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== ctx.origin) return;
  window.parent.postMessage({ source: "shuzhen", version: 1, type: event.type, detail: event.detail }, ctx.origin);
}

/** A path inside the embed routes, keeping the host origin and language. */
export function embedPath(ctx: EmbedContext, path: string): string {
  const query = new URLSearchParams({ lang: ctx.lang });
  if (ctx.origin) query.set("origin", ctx.origin);
  return `/embed/${ctx.tenant}${path}?${query}`;
}
