import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { LlmConfig } from "@/lib/llm/config";
import { RunLater } from "@/lib/jobs/run-later";
import { Limiter } from "@/lib/llm/limiter";
import { createStructuredModel, LlmUnavailableError } from "@/lib/llm/structured";
import { startFakeLlm, type FakeLlm } from "../support/fake-llm";

const schema = z.object({ headline: z.string().min(1).describe("one line"), score: z.number() });
const messages = [
  { role: "system" as const, content: "You write JSON." },
  { role: "user" as const, content: "Write it." },
];

let fake: FakeLlm;
const config = (over: Partial<LlmConfig> = {}): LlmConfig => ({
  baseUrl: fake.url,
  apiKey: "test-key",
  model: "fake-model",
  method: "functionCalling",
  timeoutMs: 2000,
  maxRetries: 2,
  retryBaseMs: 5,
  concurrency: 4,
  temperature: 0.2,
  ...over,
});

beforeAll(async () => {
  fake = await startFakeLlm(() => ({ args: { headline: "ok", score: 1 } }));
});
afterAll(() => fake.close());

describe("structured model against an OpenAI-compatible server", () => {
  it("sends the schema as a forced tool call with the key, and parses the reply", async () => {
    fake.requests.length = 0;
    fake.script = () => ({ args: { headline: "你好", score: 62.5 } });
    const out = await createStructuredModel(config()).call({ schema, name: "write_section", messages });
    expect(out).toMatchObject({ ok: true, value: { headline: "你好", score: 62.5 } });
    expect(out.usage.requests).toBe(1);
    expect(out.usage.promptTokens).toBeGreaterThan(0);
    expect(fake.requests[0]).toMatchObject({ mode: "tools", toolName: "write_section", authorization: "Bearer test-key", model: "fake-model" });
    expect(JSON.stringify(fake.requests[0]?.schema)).toContain("one line");
  });

  it("works in JSON mode (schema in the prompt) and JSON-schema mode", async () => {
    fake.requests.length = 0;
    fake.script = () => ({ raw: '```json\n{"headline":"x","score":2}\n```' });
    const json = await createStructuredModel(config({ method: "jsonMode" })).call({ schema, name: "w", messages });
    expect(json).toMatchObject({ ok: true, value: { score: 2 } });
    expect(fake.requests[0]?.mode).toBe("json_object");
    expect(fake.requests[0]?.messages.at(-1)?.content).toContain("JSON Schema");
    fake.script = () => ({ args: { headline: "y", score: 3 } });
    const viaSchema = await createStructuredModel(config({ method: "jsonSchema" })).call({ schema, name: "w", messages });
    expect(viaSchema).toMatchObject({ ok: true, value: { score: 3 } });
    expect(fake.requests[1]?.mode).toBe("json_schema");
  });

  it("returns malformed JSON and schema violations as errors, without retrying", async () => {
    fake.requests.length = 0;
    fake.script = () => ({ raw: '{"headline": "cut off' });
    const broken = await createStructuredModel(config()).call({ schema, name: "w", messages });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/not valid JSON/);
    fake.script = () => ({ args: { headline: "", score: "high" } });
    const wrong = await createStructuredModel(config()).call({ schema, name: "w", messages });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors.join("\n")).toMatch(/score/);
    expect(fake.requests).toHaveLength(2);
  });

  it("retries 429 and 5xx with backoff, then succeeds", async () => {
    fake.requests.length = 0;
    fake.script = (_r, i) => (i === 0 ? { status: 429, headers: { "retry-after": "0" } } : i === 1 ? { status: 503 } : { args: { headline: "ok", score: 1 } });
    const out = await createStructuredModel(config()).call({ schema, name: "w", messages });
    expect(out.ok).toBe(true);
    expect(out.usage.requests).toBe(3);
  });

  it("gives up after its retries with the reason, and does not retry a 401", async () => {
    fake.requests.length = 0;
    fake.script = () => ({ status: 500 });
    const err = await createStructuredModel(config())
      .call({ schema, name: "w", messages })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmUnavailableError);
    expect((err as LlmUnavailableError).decision).toMatchObject({ kind: "server_error", status: 500 });
    expect(fake.requests).toHaveLength(3);
    fake.requests.length = 0;
    fake.script = () => ({ status: 401 });
    const denied = await createStructuredModel(config())
      .call({ schema, name: "w", messages })
      .catch((e: unknown) => e);
    expect((denied as LlmUnavailableError).decision.kind).toBe("client_error");
    expect(fake.requests).toHaveLength(1);
  });

  it("times out a request that never answers and retries it", async () => {
    fake.requests.length = 0;
    fake.script = (_r, i) => (i === 0 ? { hang: true } : { args: { headline: "late", score: 0 } });
    const started = Date.now();
    const out = await createStructuredModel(config({ timeoutMs: 300 })).call({ schema, name: "w", messages });
    expect(out.ok).toBe(true);
    expect(out.usage.requests).toBe(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("keeps at most the configured number of requests in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    fake.script = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      return { args: { headline: "ok", score: 1 } };
    };
    const model = createStructuredModel(config(), new Limiter(2));
    await Promise.all(Array.from({ length: 6 }, () => model.call({ schema, name: "w", messages })));
    expect(peak).toBe(2);
  });

  it("turns a long Retry-After into a reschedule of the job (capped at a minute) instead of sleeping in its slot", async () => {
    fake.requests.length = 0;
    fake.script = () => ({ status: 429, headers: { "retry-after": "3600" } });
    const started = Date.now();
    const error = await createStructuredModel(config())
      .call({ schema, name: "w", messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunLater);
    expect((error as RunLater).delayMs).toBe(60_000);
    expect((error as RunLater).countsAsAttempt).toBe(true);
    expect(fake.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
