import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { CLIENT_LOCAL_HEADER, isDirectLocalRequest } from "@/lib/http/client-address-core.mjs";
import { mayReadOutbox } from "./outbox-access";
import type { Actor } from "./permissions";

const flag = globalThis as { __shuzhenClientAddressHook?: boolean };
afterEach(() => {
  delete flag.__shuzhenClientAddressHook;
});

const demo = parseEnv({});
/** The headers the app sees once the server hook has judged the request. */
const judged = (socketAddress: string, headers: Record<string, string>) =>
  new Headers({ ...headers, [CLIENT_LOCAL_HEADER]: isDirectLocalRequest(socketAddress, headers) ? "1" : "0" });
const admin: Actor = { userId: "u", memberships: [{ tenantId: "t", role: "platform_admin" }] };

describe("who may read the development outbox", () => {
  it("opens it to a browser on this machine, on a local demo, with the server hook loaded", () => {
    flag.__shuzhenClientAddressHook = true;
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "localhost"]) {
      expect(mayReadOutbox(null, judged("127.0.0.1", { host }), demo)).toBe(true);
    }
    expect(mayReadOutbox(null, judged("::1", { host: "localhost:3000" }), demo)).toBe(true);
    expect(mayReadOutbox(null, judged("::ffff:127.0.0.1", { host: "localhost:3000" }), demo)).toBe(true);
  });

  it("keeps it shut for anything that may have come through a proxy or from elsewhere", () => {
    flag.__shuzhenClientAddressHook = true;
    const local = { host: "localhost:3000" };
    // nginx on the same machine: the socket is 127.0.0.1, but the request carries what the proxy adds.
    expect(mayReadOutbox(null, judged("127.0.0.1", { ...local, "x-forwarded-for": "203.0.113.9" }), demo)).toBe(false);
    expect(mayReadOutbox(null, judged("127.0.0.1", { ...local, forwarded: "for=203.0.113.9" }), demo)).toBe(false);
    expect(mayReadOutbox(null, judged("127.0.0.1", { ...local, "x-real-ip": "203.0.113.9" }), demo)).toBe(false);
    // A proxy that adds nothing still passes on the public name (and a rebound name is not ours).
    expect(mayReadOutbox(null, judged("127.0.0.1", { host: "shuzhen.example.cn" }), demo)).toBe(false);
    expect(mayReadOutbox(null, judged("127.0.0.1", { host: "localhost.attacker.example:3000" }), demo)).toBe(false);
    expect(mayReadOutbox(null, judged("127.0.0.1", {}), demo)).toBe(false);
    expect(mayReadOutbox(null, judged("192.168.1.20", local), demo)).toBe(false);
    // A client's own copy of the hook's header counts for nothing: the hook overwrites it.
    expect(mayReadOutbox(null, judged("192.168.1.20", { ...local, [CLIENT_LOCAL_HEADER]: "1" }), demo)).toBe(false);
    // Not a local demo: listening on every interface, a proxy declared, or the outbox off.
    expect(mayReadOutbox(null, judged("127.0.0.1", local), parseEnv({ HOST: "0.0.0.0", APP_URL: "https://shuzhen.example.cn" }))).toBe(false);
    expect(mayReadOutbox(null, judged("127.0.0.1", local), parseEnv({ TRUSTED_PROXIES: "127.0.0.1" }))).toBe(false);
    expect(mayReadOutbox(null, judged("127.0.0.1", local), parseEnv({ DEV_OUTBOX: "false" }))).toBe(false);
  });

  it("keeps it shut when the server hook is not loaded: an unknown address is not this machine", () => {
    expect(mayReadOutbox(null, new Headers({ host: "localhost:3000", [CLIENT_LOCAL_HEADER]: "1" }), demo)).toBe(false);
    expect(mayReadOutbox(null, new Headers({ host: "localhost:3000" }), demo)).toBe(false);
  });

  it("always opens it to platform administrators", () => {
    expect(mayReadOutbox(admin, new Headers(), parseEnv({ HOST: "0.0.0.0", APP_URL: "https://shuzhen.example.cn", DEV_OUTBOX: "false" }))).toBe(true);
    expect(
      mayReadOutbox(
        { userId: "u", memberships: [{ tenantId: "t", role: "tenant_admin" }] },
        new Headers(),
        parseEnv({ HOST: "0.0.0.0", APP_URL: "https://shuzhen.example.cn" }),
      ),
    ).toBe(false);
  });
});
