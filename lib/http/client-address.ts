import { CLIENT_ADDRESS_HEADER } from "@/scripts/lib/client-address.mjs";

/**
 * The caller's address for rate limits and the audit log: the header the server process sets from the
 * socket and TRUSTED_PROXIES (scripts/lib/client-address-hook.mjs), never X-Forwarded-For or X-Real-IP
 * as a client sent them. Without the hook (a server started some other way) no address can be
 * trusted: every request counts as "unknown", which keeps the limits on, per account and together.
 */
export function clientAddress(headers: Pick<Headers, "get"> | undefined): string {
  const hooked = (globalThis as { __shuzhenClientAddressHook?: boolean }).__shuzhenClientAddressHook === true;
  return (hooked && headers?.get(CLIENT_ADDRESS_HEADER)) || "unknown";
}
