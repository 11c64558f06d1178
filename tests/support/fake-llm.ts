import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A scripted OpenAI-compatible chat server on loopback, for tests and benchmarks: no real model, no
 * network. Each request goes to the script, which says what to answer: structured arguments, raw
 * (possibly broken) text, an HTTP error, a delay, or no answer at all (a hang, for timeouts).
 */

export interface FakeRequest {
  model: string;
  messages: { role: string; content: string }[];
  /** The tool the client asked to be called (function calling), if any. */
  toolName: string | null;
  /** The JSON Schema the client sent (tool parameters or response format). */
  schema: unknown;
  mode: "tools" | "json_object" | "json_schema" | "text";
  authorization: string | undefined;
  /** The client asked for server-sent events. */
  stream: boolean;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** The structured output, serialised as the tool call arguments or JSON content. */
  args?: unknown;
  /** Raw arguments/content text, sent as is (for malformed JSON). */
  raw?: string;
  /** For a streamed request: the text in these pieces, one event each… */
  chunks?: string[];
  /** …with this pause before each piece. */
  chunkDelayMs?: number;
}

export type FakeScript = (request: FakeRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeLlm {
  /** Base URL to configure as LLM_BASE_URL. */
  url: string;
  requests: FakeRequest[];
  script: FakeScript;
  /** `POST /embeddings`: a vector per input text (by default character bigrams hashed into 64 dimensions). */
  embed: (text: string) => number[];
  /** Texts embedded so far, one entry per request. */
  embedded: string[][];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((c) => (typeof c === "object" && c && "text" in c ? String((c as { text: unknown }).text) : "")).join("");
  return "";
}

function parseRequest(body: Record<string, unknown>, authorization: string | undefined): FakeRequest {
  return { ...parseShape(body, authorization), stream: body.stream === true };
}

function parseShape(body: Record<string, unknown>, authorization: string | undefined): Omit<FakeRequest, "stream"> {
  const tools = body.tools as { function: { name: string; parameters: unknown } }[] | undefined;
  const format = body.response_format as { type: string; json_schema?: { schema: unknown } } | undefined;
  const messages = ((body.messages as { role: string; content: unknown }[]) ?? []).map((m) => ({ role: m.role, content: contentText(m.content) }));
  if (tools?.[0])
    return { model: String(body.model), messages, toolName: tools[0].function.name, schema: tools[0].function.parameters, mode: "tools", authorization };
  if (format?.type === "json_schema")
    return { model: String(body.model), messages, toolName: null, schema: format.json_schema?.schema ?? null, mode: "json_schema", authorization };
  if (format?.type === "json_object") return { model: String(body.model), messages, toolName: null, schema: null, mode: "json_object", authorization };
  return { model: String(body.model), messages, toolName: null, schema: null, mode: "text", authorization };
}

function completion(request: FakeRequest, text: string) {
  const usage = { prompt_tokens: Math.ceil(request.messages.reduce((n, m) => n + m.content.length, 0) / 2), completion_tokens: Math.ceil(text.length / 2) };
  const message =
    request.mode === "tools"
      ? { role: "assistant", content: null, tool_calls: [{ id: "call_fake_1", type: "function", function: { name: request.toolName, arguments: text } }] }
      : { role: "assistant", content: text };
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, message, finish_reason: request.mode === "tools" ? "tool_calls" : "stop", logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** A stand-in for meaning: texts that share character pairs point the same way. */
export function hashedBigrams(text: string): number[] {
  const v = Array<number>(64).fill(0);
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    let h = 0;
    for (const c of chars[i]! + chars[i + 1]!) h = (h * 31 + c.codePointAt(0)!) % 64;
    v[h]! += 1;
  }
  return v;
}

export async function startFakeLlm(script: FakeScript): Promise<FakeLlm> {
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  const fake: FakeLlm = { url: "", requests: [], script, embed: hashedBigrams, embedded: [], close: async () => undefined };

  const server = createServer(async (req, res) => {
    try {
      if (req.method === "POST" && req.url?.endsWith("/embeddings")) {
        const body = JSON.parse(await readBody(req)) as { input: string | string[]; model: string };
        const inputs = Array.isArray(body.input) ? body.input : [body.input];
        fake.embedded.push(inputs);
        const data = inputs.map((text, index) => ({ object: "embedding", index, embedding: fake.embed(text) }));
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ object: "list", data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
        return;
      }
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      const request = parseRequest(JSON.parse(await readBody(req)) as Record<string, unknown>, req.headers.authorization);
      const index = fake.requests.push(request) - 1;
      const reply = await fake.script(request, index);
      if (reply.hang) {
        hanging.add(res);
        return;
      }
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      const status = reply.status ?? 200;
      if (status !== 200) {
        res
          .writeHead(status, { "content-type": "application/json", ...reply.headers })
          .end(JSON.stringify({ error: { message: `fake error ${status}`, type: "fake" } }));
        return;
      }
      if (request.stream) {
        res.writeHead(200, { "content-type": "text/event-stream", ...reply.headers });
        const pieces = reply.chunks ?? [reply.raw ?? ""];
        const event = (delta: Record<string, unknown>, finish: string | null) =>
          `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
        res.write(event({ role: "assistant", content: "" }, null));
        for (const piece of pieces) {
          if (reply.chunkDelayMs) await new Promise((r) => setTimeout(r, reply.chunkDelayMs));
          res.write(event({ content: piece }, null));
        }
        res.end(`${event({}, "stop")}data: [DONE]\n\n`);
        return;
      }
      const text = reply.raw ?? JSON.stringify(reply.args ?? {});
      res.writeHead(200, { "content-type": "application/json", ...reply.headers }).end(JSON.stringify(completion(request, text)));
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: String(error) } }));
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = async () => {
    for (const res of hanging) res.destroy();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return fake;
}
