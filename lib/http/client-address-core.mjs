// @ts-check
/**
 * Who is at the other end of a request, decided from what can be trusted: the TCP peer (the socket),
 * and `X-Forwarded-For` only as far as it was written by our own proxies (TRUSTED_PROXIES). Plain
 * JavaScript with JSDoc types: the server process loads it before Next (scripts/lib/client-address-hook.mjs,
 * through node --import, with no TypeScript loader), and the app imports it through lib/http/client-address.ts.
 */
import net from "node:net";

/** The header the server sets on every request after deleting any copy a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-shuzhen-client-address";

/** @param {string} address */
function plain(address) {
  const a = address.trim().replace(/^\[|\]$/g, "");
  return a.toLowerCase().startsWith("::ffff:") && net.isIPv4(a.slice(7)) ? a.slice(7) : a;
}

/**
 * The trusted proxies: addresses or CIDR blocks, separated by commas or spaces.
 * @param {string | undefined} spec
 * @returns {{ list: net.BlockList, problems: string[] }}
 */
export function trustedProxies(spec) {
  const list = new net.BlockList();
  const problems = [];
  for (const entry of (spec ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const ip = plain(address);
    const family = net.isIP(ip);
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max || (bits !== undefined && !/^\d+$/.test(bits))) {
      problems.push(entry);
      continue;
    }
    list.addSubnet(ip, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return { list, problems };
}

/** @param {net.BlockList} list @param {string} ip */
function isTrusted(list, ip) {
  const family = net.isIP(ip);
  return family !== 0 && list.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's, unless that is a trusted proxy; then X-Forwarded-For is read
 * from the right (each proxy appends the address it saw) until the first address that is not a
 * trusted proxy. An entry that is not an address ends the walk at the proxy that passed it on.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined | null} forwardedFor
 * @param {net.BlockList} trusted
 */
export function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  let current = plain(socketAddress ?? "");
  if (!current) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(plain).filter(Boolean);
  while (isTrusted(trusted, current)) {
    const next = hops.pop();
    if (next === undefined || net.isIP(next) === 0) return current;
    current = next;
  }
  return current;
}

/**
 * The header the server sets to "1" on a request that came straight from this machine, "0" on any
 * other (a client's own copy is overwritten). Next adds `X-Forwarded-For` itself before the app sees
 * a request, so only the server process can tell whether a proxy was in between.
 */
export const CLIENT_LOCAL_HEADER = "x-shuzhen-client-local";

/** Headers a proxy adds: their presence means the socket's peer is not the client. */
const PROXY_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

/** @param {string} address */
function isLoopbackAddress(address) {
  const a = plain(address).toLowerCase();
  return a === "::1" || /^127(?:\.\d{1,3}){3}$/.test(a);
}

/**
 * Whether a request came straight from this machine, with nothing in between: the socket's peer is a
 * loopback address, no proxy header was sent (a proxy on this machine connects from 127.0.0.1 too),
 * and Host names this machine (a page elsewhere cannot rebind its own name onto 127.0.0.1 to read us).
 * @param {string | undefined} socketAddress
 * @param {Record<string, string | string[] | undefined>} headers incoming headers, names in lower case
 */
export function isDirectLocalRequest(socketAddress, headers) {
  if (!socketAddress || !isLoopbackAddress(socketAddress)) return false;
  if (PROXY_HEADERS.some((name) => headers[name] !== undefined)) return false;
  const host = headers.host;
  return typeof host === "string" && /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i.test(host.trim());
}
