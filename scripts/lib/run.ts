import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** Runs a command with inherited output and resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Where the server reaches itself (proxy.ts reads each portal's embed origins from it). Never the
 * request's Host header: a forged one must not decide who may frame us.
 */
export function internalUrl(config: { HOST: string; PORT: number }): string {
  const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${config.PORT}`;
}

/**
 * NODE_OPTIONS for the server process: the hook that sets each request's client address from the
 * socket and TRUSTED_PROXIES before Next sees it (scripts/lib/client-address-hook.mjs). Through
 * NODE_OPTIONS it also reaches the processes `next dev` forks.
 */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS): string {
  const hook = `--import=${pathToFileURL(path.join(process.cwd(), "scripts", "lib", "client-address-hook.mjs")).href}`;
  return [existing, hook].filter(Boolean).join(" ");
}

/** `npm run worker` as node arguments: tsx for our TypeScript; the react-server condition lets `server-only` modules load outside Next. */
export const WORKER_ARGS = ["--conditions=react-server", "--import", "tsx", path.join("scripts", "worker.ts")];
