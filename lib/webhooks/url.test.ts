import { describe, expect, it } from "vitest";
import { addressAllowed, endpointUrlProblem } from "./url";

const problem = (raw: string) => endpointUrlProblem(raw, { loopback: true });
const open = { private: false, loopback: true };
const intranet = { private: true, loopback: true };

describe("webhook endpoint URLs", () => {
  it("takes https, and http for this machine only", () => {
    expect(problem("https://hooks.example.cn/shuzhen")).toBeNull();
    expect(problem("http://localhost:4000/hook")).toBeNull();
    expect(problem("http://127.0.0.1:4000/hook")).toBeNull();
    expect(problem("http://[::1]:4000/hook")).toBeNull();
    expect(problem("http://hooks.example.cn/")?.en).toMatch(/https/);
    expect(problem("ftp://hooks.example.cn/")).not.toBeNull();
    expect(problem("https://user:pw@hooks.example.cn/")).not.toBeNull();
    expect(problem("not a url")).not.toBeNull();
    expect(problem("https://169.254.169.254/latest")).not.toBeNull();
    expect(problem("https://10.1.2.3/hook")).not.toBeNull();
  });
  it("connects to public addresses and this machine; private ones only when allowed; never link-local", () => {
    expect(addressAllowed("203.0.113.9", open)).toBe(true);
    expect(addressAllowed("127.0.0.1", open)).toBe(true);
    expect(addressAllowed("::1", open)).toBe(true);
    expect(addressAllowed("192.168.1.5", open)).toBe(false);
    expect(addressAllowed("192.168.1.5", intranet)).toBe(true);
    expect(addressAllowed("::ffff:10.0.0.1", open)).toBe(false);
    expect(addressAllowed("169.254.169.254", intranet)).toBe(false);
    expect(addressAllowed("fe80::1", intranet)).toBe(false);
    expect(addressAllowed("0.0.0.0", intranet)).toBe(false);
  });
  it("refuses this machine on a deployment, and tunnelled or metadata addresses everywhere", () => {
    expect(endpointUrlProblem("http://localhost:11434/api", { loopback: false })).not.toBeNull();
    expect(endpointUrlProblem("https://127.0.0.1/hook", { loopback: false })).not.toBeNull();
    expect(addressAllowed("127.0.0.1", { private: true, loopback: false })).toBe(false);
    expect(addressAllowed("64:ff9b::a9fe:a9fe", intranet)).toBe(false);
    expect(addressAllowed("2002:a9fe:a9fe::1", intranet)).toBe(false);
    expect(addressAllowed("100.100.100.200", intranet)).toBe(false);
  });
});
