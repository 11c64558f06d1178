import "server-only";
import { env, outboxOpen, type Env } from "@/lib/env";
import { fromThisMachine } from "@/lib/http/client-address";
import type { Actor } from "./permissions";

/**
 * Who may read the outbox page (the system's mail, with live reset and invitation links): platform
 * administrators always; anyone else only on a local demo (DEV_OUTBOX on, the server listening on
 * loopback, no proxy declared) and only from a request that came straight from this machine, as the
 * server hook saw it (loopback socket, no X-Forwarded-For / Forwarded / X-Real-IP, Host naming this
 * machine). An address the server does not know is not this machine: behind a proxy on the same
 * machine every request comes from 127.0.0.1.
 */
export function mayReadOutbox(actor: Actor | null, headers: Pick<Headers, "get">, config: Env = env()): boolean {
  if (actor?.memberships.some((m) => m.role === "platform_admin")) return true;
  return outboxOpen(config) && fromThisMachine(headers);
}
