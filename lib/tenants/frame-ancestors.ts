/**
 * The frame-ancestors directive of a portal's embed routes: its allowed origins, or 'none'. Origins are
 * validated when saved (scheme, host, port only); anything else here is dropped rather than trusted.
 */
export function frameAncestors(origins: readonly string[]): string {
  const safe = origins.filter((o) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o));
  return `frame-ancestors ${safe.length > 0 ? safe.join(" ") : "'none'"}`;
}
