import { describe, expect, it } from "vitest";
import { appRedirect } from "./app-redirect";

const APP = "https://shuzhen.example.cn";
const BIND = "http://0.0.0.0:3000";

describe("appRedirect (Auth.js redirect callback)", () => {
  it("sends same-site paths to APP_URL, not to the bind address the request came in by", () => {
    expect(appRedirect("/account", BIND, APP)).toBe("https://shuzhen.example.cn/account");
    expect(appRedirect("/account?password=changed", BIND, APP)).toBe("https://shuzhen.example.cn/account?password=changed");
    expect(appRedirect("/", BIND, "http://localhost:3000")).toBe("http://localhost:3000/");
  });

  it("keeps URLs on APP_URL, moves our own pages seen through the bind address there, and refuses other sites", () => {
    expect(appRedirect("https://shuzhen.example.cn/consultant", BIND, APP)).toBe("https://shuzhen.example.cn/consultant");
    expect(appRedirect("http://0.0.0.0:3000/admin/zhengzhou?x=1", BIND, APP)).toBe("https://shuzhen.example.cn/admin/zhengzhou?x=1");
    for (const elsewhere of ["https://evil.example/steal", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "not a url"]) {
      expect(appRedirect(elsewhere, BIND, APP), elsewhere).toBe("https://shuzhen.example.cn");
    }
  });

  it("keeps a demo opened at 127.0.0.1 there when APP_URL is localhost on the same port, and only then", () => {
    expect(appRedirect("/account", "http://127.0.0.1:3000", "http://localhost:3000")).toBe("http://127.0.0.1:3000/account");
    expect(appRedirect("http://127.0.0.1:3000/admin", "http://127.0.0.1:3000", "http://localhost:3000")).toBe("http://127.0.0.1:3000/admin");
    expect(appRedirect("/account", "http://localhost:3000", "http://127.0.0.1:3000")).toBe("http://localhost:3000/account");
    // Another port, another machine, or a public APP_URL: APP_URL as before.
    expect(appRedirect("/account", "http://127.0.0.1:4000", "http://localhost:3000")).toBe("http://localhost:3000/account");
    expect(appRedirect("/account", "http://192.168.1.5:3000", "http://localhost:3000")).toBe("http://localhost:3000/account");
    expect(appRedirect("/account", "http://127.0.0.1:3000", APP)).toBe("https://shuzhen.example.cn/account");
    expect(appRedirect("https://evil.example/x", "http://127.0.0.1:3000", "http://localhost:3000")).toBe("http://127.0.0.1:3000");
  });

  it("keeps a path under APP_URL when it has one", () => {
    expect(appRedirect("/account", BIND, "https://gov.example.cn/shuzhen")).toBe("https://gov.example.cn/shuzhen/account");
    expect(appRedirect("https://gov.example.cn/shuzhen/account", BIND, "https://gov.example.cn/shuzhen")).toBe("https://gov.example.cn/shuzhen/account");
  });
});
