/**
 * The portal cache of proxy.ts, bounded. It was a Map keyed by any slug a visitor sent (/t/<anything>,
 * /embed/<anything>), so a crawler or an attacker could grow it without end. Known portals are kept in
 * an LRU of at most `maxKnown` entries; slugs that name no portal in a small LRU of their own
 * (`maxUnknown`), so random slugs evict each other and never a real portal. Entries expire after
 * `ttlMs` (a changed allow-list applies within that time). Pure: the clock is injected.
 */

export interface PortalCacheOptions {
  ttlMs: number;
  maxKnown: number;
  maxUnknown: number;
  now?: () => number;
}

export interface PortalCache<P extends { exists: boolean }> {
  /** The cached portal while fresh (and marked recently used), else undefined. */
  get(slug: string): P | undefined;
  set(slug: string, portal: P): void;
  readonly size: { known: number; unknown: number };
}

export function createPortalCache<P extends { exists: boolean }>(options: PortalCacheOptions): PortalCache<P> {
  const now = options.now ?? Date.now;
  const known = new Map<string, { portal: P; at: number }>();
  const unknown = new Map<string, { portal: P; at: number }>();
  const put = (map: typeof known, cap: number, slug: string, portal: P) => {
    map.set(slug, { portal, at: now() });
    // A Map iterates in insertion order: the first key is the least recently used.
    for (const oldest of map.keys()) {
      if (map.size <= cap) break;
      map.delete(oldest);
    }
  };
  return {
    get(slug) {
      const map = known.has(slug) ? known : unknown;
      const hit = map.get(slug);
      if (!hit) return undefined;
      map.delete(slug);
      if (now() - hit.at >= options.ttlMs) return undefined;
      map.set(slug, hit);
      return hit.portal;
    },
    set(slug, portal) {
      known.delete(slug);
      unknown.delete(slug);
      if (portal.exists) put(known, options.maxKnown, slug, portal);
      else put(unknown, options.maxUnknown, slug, portal);
    },
    get size() {
      return { known: known.size, unknown: unknown.size };
    },
  };
}
