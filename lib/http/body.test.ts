import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readBytes, readJson } from "./body";

/** A chunked body (no content-length) of `chunks` pieces of 64 KB, counting how many were pulled. */
function chunked(chunks: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const piece = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(piece);
    },
  });
  const request = new Request("http://localhost/api/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("readBytes", () => {
  it("stops reading a chunked body at the limit instead of reading it whole", async () => {
    const { request, pulled } = chunked(5_000); // 320 MB if read whole
    const error = await errorOf(readBytes(request, 1024 * 1024));
    expect(error.code).toBe("payload_too_large");
    expect(pulled()).toBeLessThan(20);
  });

  it("refuses a declared length over the limit before reading", async () => {
    const request = new Request("http://localhost/api/x", { method: "POST", body: "x".repeat(100), headers: { "content-length": "999999999" } });
    expect((await errorOf(readBytes(request, 1000))).code).toBe("payload_too_large");
  });

  it("reads a body within the limit", async () => {
    const { request } = chunked(3);
    expect((await readBytes(request, 1024 * 1024)).byteLength).toBe(3 * 64 * 1024);
  });
});

describe("readJson", () => {
  const schema = z.object({ name: z.string() }).strict();
  const post = (body: string, type = "application/json") => new Request("http://localhost/api/x", { method: "POST", body, headers: { "content-type": type } });

  it("requires a JSON content type for a body (a cross-site text/plain form must not pass)", async () => {
    const error = await errorOf(readJson(post('{"name":"a"}', "text/plain"), schema));
    expect(error.code).toBe("unsupported_media_type");
    await expect(readJson(post('{"name":"a"}', "application/json; charset=utf-8"), schema)).resolves.toEqual({ name: "a" });
  });

  it("cleans NUL, invisible characters and lone surrogates from every string", async () => {
    await expect(readJson(post('{"name":"a\\u0000b\\ud800c\\u200bd"}'), schema)).resolves.toEqual({ name: "abcd" });
  });

  it("names the body when it is not JSON, and takes an empty body as {}", async () => {
    expect((await errorOf(readJson(post("{"), schema))).issues[0]?.field).toBe("body");
    await expect(readJson(new Request("http://localhost/api/x", { method: "POST" }), z.object({}).strict())).resolves.toEqual({});
  });
});
