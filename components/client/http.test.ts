import { afterEach, describe, expect, it, vi } from "vitest";
import { request } from "./http";

const reply = (status: number, body: unknown) => vi.fn(async () => new Response(body === undefined ? "" : JSON.stringify(body), { status }));

afterEach(() => vi.unstubAllGlobals());

describe("request", () => {
  it("sends JSON with the resume token and returns the typed body", async () => {
    const fetch = reply(200, { id: "a" });
    vi.stubGlobal("fetch", fetch);
    const r = await request<{ id: string }>("PATCH", "/api/x", { token: "t1", body: { a: 1 } });
    expect(r).toEqual({ ok: true, status: 200, data: { id: "a" } });
    expect(fetch).toHaveBeenCalledWith(
      "/api/x",
      expect.objectContaining({ method: "PATCH", body: '{"a":1}', headers: { authorization: "Bearer t1", "content-type": "application/json" } }),
    );
  });

  it("returns the server's error body as one shape", async () => {
    vi.stubGlobal("fetch", reply(400, { error: { code: "validation_failed", message: "bad", issues: [{ field: "name", message: "required" }] } }));
    const r = await request("POST", "/api/x");
    expect(r).toEqual({
      ok: false,
      status: 400,
      error: { status: 400, code: "validation_failed", message: "bad", issues: [{ field: "name", message: "required" }] },
    });
  });

  it("falls back to the status when the body is not ours, and to code network when nothing answers", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>", { status: 502 })),
    );
    expect(await request("GET", "/api/x")).toMatchObject({ ok: false, error: { status: 502, message: "502", issues: [] } });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new Error("offline"))),
    );
    expect(await request("GET", "/api/x")).toMatchObject({ ok: false, status: 0, error: { code: "network", message: "offline" } });
  });

  it("sends no token header without a token", async () => {
    const fetch = reply(200, {});
    vi.stubGlobal("fetch", fetch);
    await request("GET", "/api/x", { token: "" });
    expect(fetch).toHaveBeenCalledWith("/api/x", expect.objectContaining({ headers: {} }));
  });
});
