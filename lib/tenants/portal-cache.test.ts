import { describe, expect, it } from "vitest";
import { createPortalCache } from "./portal-cache";

interface P {
  exists: boolean;
  origins: string[];
}
const portal = (origins: string[] = []): P => ({ exists: true, origins });
const none: P = { exists: false, origins: [] };

function setup(o: { maxKnown?: number; maxUnknown?: number } = {}) {
  let t = 0;
  const cache = createPortalCache<P>({ ttlMs: 30_000, maxKnown: o.maxKnown ?? 3, maxUnknown: o.maxUnknown ?? 2, now: () => t });
  return { cache, advance: (ms: number) => (t += ms) };
}

describe("portal cache of proxy.ts", () => {
  it("stays bounded however many slugs visitors send (it grew by one entry per slug)", () => {
    const { cache } = setup({ maxKnown: 500, maxUnknown: 50 });
    cache.set("zhengzhou", portal(["https://a.gov.cn"]));
    for (let i = 0; i < 10_000; i++) cache.set(`random-${i}`, none);
    expect(cache.size).toEqual({ known: 1, unknown: 50 });
    // Unknown slugs evict each other, never a real portal.
    expect(cache.get("zhengzhou")?.origins).toEqual(["https://a.gov.cn"]);
    expect(cache.get("random-9999")).toEqual(none);
    expect(cache.get("random-0")).toBeUndefined();
  });

  it("evicts the least recently used known portal past its cap", () => {
    const { cache } = setup({ maxKnown: 3 });
    for (const slug of ["a", "b", "c"]) cache.set(slug, portal());
    expect(cache.get("a")).toBeDefined(); // a is now the most recently used
    cache.set("d", portal());
    expect(cache.size.known).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect(["a", "c", "d"].every((s) => cache.get(s))).toBe(true);
  });

  it("forgets entries after the TTL, so a changed allow-list or a new portal applies", () => {
    const { cache, advance } = setup();
    cache.set("taiyuan", portal(["https://old.cn"]));
    cache.set("newcity", none);
    advance(29_999);
    expect(cache.get("taiyuan")?.origins).toEqual(["https://old.cn"]);
    advance(1);
    expect(cache.get("taiyuan")).toBeUndefined();
    expect(cache.get("newcity")).toBeUndefined();
    expect(cache.size).toEqual({ known: 0, unknown: 0 });
  });

  it("moves a slug between the known and the unknown side when it is created or retired", () => {
    const { cache } = setup();
    cache.set("newcity", none);
    cache.set("newcity", portal(["https://new.cn"]));
    expect(cache.size).toEqual({ known: 1, unknown: 0 });
    expect(cache.get("newcity")?.exists).toBe(true);
    cache.set("newcity", none);
    expect(cache.size).toEqual({ known: 0, unknown: 1 });
    expect(cache.get("newcity")?.exists).toBe(false);
  });
});
