import { isIP } from "node:net";
import { CLIENT_ADDRESS_HEADER, CLIENT_LOCAL_HEADER } from "./client-address-core.mjs";

/** Whether scripts/lib/client-address-hook.mjs runs in this process (only then are its headers ours). */
const hooked = () => (globalThis as { __shuzhenClientAddressHook?: boolean }).__shuzhenClientAddressHook === true;

/**
 * The caller's address for rate limits and the audit log: the header the server process sets from the
 * socket and TRUSTED_PROXIES (scripts/lib/client-address-hook.mjs), never X-Forwarded-For or X-Real-IP
 * as a client sent them. Without the hook (a server started some other way) no address can be
 * trusted: every request counts as "unknown", and limits per address do not apply to it.
 */
export function clientAddress(headers: Pick<Headers, "get"> | undefined): string {
  return (hooked() && headers?.get(CLIENT_ADDRESS_HEADER)) || "unknown";
}

/**
 * Whether the request came straight from this machine (loopback socket, no proxy headers, Host naming
 * this machine), as the server hook saw it. False without the hook: nothing then tells a local browser
 * from a proxy on this machine.
 */
export function fromThisMachine(headers: Pick<Headers, "get"> | undefined): boolean {
  return hooked() && headers?.get(CLIENT_LOCAL_HEADER) === "1";
}

/**
 * The key rate limits count an address under: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber usually holds a whole /64 and can pick any address in it); null for "unknown" or
 * anything that is not an address, which no per-address limit may lump together.
 */
export function addressKey(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return null;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) stands for two groups; only the first four groups matter here.
  const width = right.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups = address.includes("::") ? [...left, ...Array<string>(8 - left.length - width).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
