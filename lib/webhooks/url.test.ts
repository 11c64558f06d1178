import { describe, expect, it } from "vitest";
import { addressAllowed, endpointUrlProblem } from "./url";

describe("webhook endpoint URLs", () => {
  it("takes https, and http for this machine only", () => {
    expect(endpointUrlProblem("https://hooks.example.cn/shuzhen")).toBeNull();
    expect(endpointUrlProblem("http://localhost:4000/hook")).toBeNull();
    expect(endpointUrlProblem("http://127.0.0.1:4000/hook")).toBeNull();
    expect(endpointUrlProblem("http://[::1]:4000/hook")).toBeNull();
    expect(endpointUrlProblem("http://hooks.example.cn/")?.en).toMatch(/https/);
    expect(endpointUrlProblem("ftp://hooks.example.cn/")).not.toBeNull();
    expect(endpointUrlProblem("https://user:pw@hooks.example.cn/")).not.toBeNull();
    expect(endpointUrlProblem("not a url")).not.toBeNull();
    expect(endpointUrlProblem("https://169.254.169.254/latest")).not.toBeNull();
    expect(endpointUrlProblem("https://10.1.2.3/hook")).not.toBeNull();
  });
  it("connects to public addresses and this machine; private ones only when allowed; never link-local", () => {
    expect(addressAllowed("203.0.113.9", false)).toBe(true);
    expect(addressAllowed("127.0.0.1", false)).toBe(true);
    expect(addressAllowed("::1", false)).toBe(true);
    expect(addressAllowed("192.168.1.5", false)).toBe(false);
    expect(addressAllowed("192.168.1.5", true)).toBe(true);
    expect(addressAllowed("::ffff:10.0.0.1", false)).toBe(false);
    expect(addressAllowed("169.254.169.254", true)).toBe(false);
    expect(addressAllowed("fe80::1", true)).toBe(false);
    expect(addressAllowed("0.0.0.0", true)).toBe(false);
  });
});
