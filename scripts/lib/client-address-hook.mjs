// @ts-check
/**
 * Loaded into the server process before Next (`node --import`, set by npm start and npm run dev):
 * every incoming request gets `x-shuzhen-client-address`, computed from the socket and the trusted
 * proxies, and `x-shuzhen-client-local` (whether it came straight from this machine), both replacing
 * any copy the client sent. Next itself gives route handlers no socket
 * address, and its `X-Forwarded-For` is whatever the client sent when it sent one. The app trusts
 * the header only when this hook is loaded (the global flag below, same process).
 * TRUSTED_PROXIES was validated by lib/env.ts in the command that started this process.
 */
import http from "node:http";
import { CLIENT_ADDRESS_HEADER, CLIENT_LOCAL_HEADER, isDirectLocalRequest, resolveClientAddress, trustedProxies } from "../../lib/http/client-address-core.mjs";

const { list } = trustedProxies(process.env.TRUSTED_PROXIES);
const emit = http.Server.prototype.emit;
/** @this {http.Server} @param {string | symbol} event @param {unknown[]} args */
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const request = /** @type {http.IncomingMessage} */ (args[0]);
    const socketAddress = request.socket?.remoteAddress;
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(socketAddress, request.headers["x-forwarded-for"], list);
    request.headers[CLIENT_LOCAL_HEADER] = isDirectLocalRequest(socketAddress, request.headers) ? "1" : "0";
  }
  return emit.call(this, event, ...args);
};
/** @type {Record<string, unknown>} */ (globalThis).__shuzhenClientAddressHook = true;
