import { describe, expect, it } from "vitest";
import { relayActivity, serversBusy } from "./activity";

const activity = (at: number, inFlight = 1) => ({ kind: "shuzhen.activity", at, inFlight });

describe("server activity across processes", () => {
  it("relays a server's activity to connected workers only, and nothing else", () => {
    const sent: unknown[] = [];
    const worker = (connected: boolean) => ({ connected, send: (m: unknown) => (sent.push(m), true) });
    relayActivity(activity(5), [worker(true), worker(false), worker(true)]);
    relayActivity({ kind: "other", at: 5, inFlight: 1 }, [worker(true)]);
    relayActivity({ kind: "shuzhen.activity", at: 5 }, [worker(true)]);
    relayActivity("hello", [worker(true)]);
    expect(sent).toEqual([activity(5), activity(5)]);
  });

  it("lets a worker see the servers busy while a request runs and for a while after the last one", () => {
    const busy = serversBusy(200);
    expect(busy()).toBe(false);
    process.emit("message", activity(Date.now() - 1_000, 0), undefined);
    expect(busy()).toBe(false); // quiet for a second
    process.emit("message", activity(Date.now(), 0), undefined);
    expect(busy()).toBe(true);
    process.emit("message", activity(Date.now() - 5_000, 3), undefined);
    expect(busy()).toBe(true); // an older report does not move the last activity back

    const long = serversBusy(200);
    process.emit("message", activity(Date.now() - 5_000, 1), undefined);
    expect(long()).toBe(true); // a request still running after 5 s
    process.emit("message", activity(Date.now() - 60_000, 0), undefined);
    process.emit("message", { kind: "not-ours", at: Date.now() }, undefined);
    const stale = serversBusy(200);
    process.emit("message", activity(Date.now() - 60_000, 1), undefined);
    expect(stale()).toBe(false); // a server silent for a minute is not waited for
  });
});
