/** A DNS label: letters, digits and inner hyphens, at most 63 characters. */
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const ORIGIN = new RegExp(`^https?://${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?$`, "i");

/**
 * Whether an origin (as URL#origin writes it) can stand in a frame-ancestors source list as it is:
 * scheme, a host name of DNS labels (no wildcard, underscore, quote or semicolon) and a port. The
 * settings refuse anything else when saved (it used to be stored and then silently dropped here).
 */
export function isFrameableOrigin(origin: string): boolean {
  return ORIGIN.test(origin);
}

/**
 * The frame-ancestors directive of a portal's embed routes: its allowed origins, or 'none'. Origins are
 * validated when saved (isFrameableOrigin); anything else stored earlier is dropped rather than trusted.
 */
export function frameAncestors(origins: readonly string[]): string {
  const safe = origins.filter(isFrameableOrigin);
  return `frame-ancestors ${safe.length > 0 ? safe.join(" ") : "'none'"}`;
}
