import { describe, expect, it } from "vitest";
import { relayActivity, serversBusy } from "./activity";

describe("server activity across processes", () => {
  it("relays a server's activity to connected workers only, and nothing else", () => {
    const sent: unknown[] = [];
    const worker = (connected: boolean) => ({ connected, send: (m: unknown) => (sent.push(m), true) });
    relayActivity({ kind: "shuzhen.activity", at: 5 }, [worker(true), worker(false), worker(true)]);
    relayActivity({ kind: "other", at: 5 }, [worker(true)]);
    relayActivity("hello", [worker(true)]);
    expect(sent).toEqual([
      { kind: "shuzhen.activity", at: 5 },
      { kind: "shuzhen.activity", at: 5 },
    ]);
  });

  it("lets a worker see the servers busy for a while after the last activity it heard of", () => {
    const busy = serversBusy(200);
    expect(busy()).toBe(false);
    process.emit("message", { kind: "shuzhen.activity", at: Date.now() }, undefined);
    expect(busy()).toBe(true);
    process.emit("message", { kind: "shuzhen.activity", at: Date.now() - 1_000 }, undefined);
    expect(busy()).toBe(true); // an older report does not move the last activity back
    process.emit("message", { kind: "not-ours", at: Date.now() + 60_000 }, undefined);
    const later = serversBusy(200);
    process.emit("message", { kind: "shuzhen.activity", at: Date.now() - 1_000 }, undefined);
    expect(later()).toBe(false);
  });
});
