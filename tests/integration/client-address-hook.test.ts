import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { serverNodeOptions } from "@/scripts/lib/run";

/**
 * The server hook end to end: a plain node:http server in a child process started with the hook as
 * `npm start` loads it (NODE_OPTIONS=--import …, plain JavaScript: no TypeScript loader), answering
 * with the headers its handler sees.
 */

const SERVER = `
import http from "node:http";
const server = http.createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ headers: req.headers, hooked: globalThis.__shuzhenClientAddressHook === true }));
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
});

async function startServer(env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", SERVER], {
    env: { ...process.env, ...env, NODE_OPTIONS: serverNodeOptions("") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

interface Seen {
  headers: Record<string, string | undefined>;
  hooked: boolean;
}

function get(port: number, headers: Record<string, string>): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body) as Seen));
    });
    req.on("error", reject);
    req.end();
  });
}

const forged = { "x-shuzhen-client-address": "203.0.113.66", "x-shuzhen-client-local": "1" };

describe("the client-address hook in a real server process", () => {
  it("replaces forged headers with the socket's address, and believes no X-Forwarded-For without TRUSTED_PROXIES", async () => {
    const port = await startServer({ TRUSTED_PROXIES: "" });
    const seen = await get(port, { ...forged, "x-forwarded-for": "198.51.100.9", host: `localhost:${port}` });
    expect(seen.hooked).toBe(true);
    expect(seen.headers["x-shuzhen-client-address"]).toBe("127.0.0.1");
    expect(seen.headers["x-shuzhen-client-local"]).toBe("0"); // a proxy header: not straight from this machine
    const direct = await get(port, { host: `localhost:${port}` });
    expect(direct.headers["x-shuzhen-client-local"]).toBe("1");
    expect((await get(port, { ...forged, host: "shuzhen.example.cn" })).headers["x-shuzhen-client-local"]).toBe("0");
    expect((await get(port, { ...forged, host: `127.0.0.1:${port}`, "x-real-ip": "198.51.100.9" })).headers["x-shuzhen-client-local"]).toBe("0");
  });

  it("takes the forwarded address only from a trusted proxy", async () => {
    const trusting = await startServer({ TRUSTED_PROXIES: "127.0.0.1" });
    const seen = await get(trusting, { ...forged, "x-forwarded-for": "1.2.3.4, 198.51.100.9", host: "shuzhen.example.cn" });
    expect(seen.headers["x-shuzhen-client-address"]).toBe("198.51.100.9");
    const other = await startServer({ TRUSTED_PROXIES: "10.0.0.0/8" });
    expect((await get(other, { ...forged, "x-forwarded-for": "198.51.100.9" })).headers["x-shuzhen-client-address"]).toBe("127.0.0.1");
  });
});
