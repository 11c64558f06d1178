// @ts-check
// The embedded database's own thread (db/pglite-thread.ts): PGlite runs its queries synchronously in
// WebAssembly, so on the server's thread every query stopped every request. Here it runs beside them,
// on the second core. Plain JavaScript: the thread needs no compiler, only PGlite.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, parse, protocol } from "@electric-sql/pglite";

/** @typedef {{ id: number; op: string; tx?: number; text?: string; params?: unknown[]; rowMode?: "array" | "object"; rawTypes?: number[]; commit?: boolean }} Request */

const port = parentPort;
if (!port) throw new Error("db/pglite-host.mjs runs as a worker thread");

/** Fields of a PGlite DatabaseError (and of any error) that callers read: code, detail, constraint… */
function plainError(/** @type {unknown} */ error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), props: {} };
  /** @type {Record<string, unknown>} */
  const props = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === "function") continue;
    try {
      structuredClone(value);
      props[key] = value;
    } catch {
      props[key] = String(value);
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, props };
}

/** Parsers that hand the value back as text (drizzle keeps dates and intervals as PostgreSQL prints them). */
function textParsers(/** @type {number[] | undefined} */ oids) {
  if (!oids || oids.length === 0) return undefined;
  return Object.fromEntries(oids.map((oid) => [oid, (/** @type {string} */ value) => value]));
}

const { dir, loadDataDir } = workerData;
/** @type {PGlite} */
let pg;
try {
  pg = dir ? new PGlite(dir) : new PGlite({ loadDataDir: loadDataDir ? new Blob([loadDataDir]) : undefined });
  await pg.waitReady;
} catch (error) {
  port.postMessage({ type: "fatal", error: plainError(error) });
  throw error;
}

/** @type {Map<number, { tx: import("@electric-sql/pglite").Transaction; end: (commit: boolean) => void; done: Promise<unknown> }>} */
const transactions = new Map();
let nextTx = 1;

/** @param {Request} m */
function target(m) {
  if (m.tx === undefined) return pg;
  const open = transactions.get(m.tx);
  if (!open) throw new Error(`transaction ${m.tx} is not open`);
  return open.tx;
}

/**
 * Named prepared statements, as postgres.js keeps on PostgreSQL: a statement seen before is not parsed
 * or planned again (PGlite's query() parses and plans every call; planning was a third of a submit's
 * database time). The most recently used are kept; the oldest is closed past the cap.
 */
const MAX_STATEMENTS = 500;
/** @type {Map<string, { name: string; types: number[] }>} */
const statements = new Map();
let nextStatement = 1;
const { serialize } = protocol;
/** @typedef {{ _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>; _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T> }} Exclusive */

/**
 * One statement by its prepared name, under PGlite's own locks: the query lock always, the
 * transaction lock too outside a transaction (inside one, its holder is the caller).
 * @param {boolean} inTransaction @param {string} text @param {unknown[]} params @param {import("@electric-sql/pglite").QueryOptions} options
 */
async function preparedQuery(inTransaction, text, params, options) {
  const exclusive = /** @type {Exclusive} */ (/** @type {unknown} */ (pg));
  const run = async () => {
    /** @type {import("@electric-sql/pglite").BackendMessage[]} */
    const messages = [];
    const send = async (/** @type {Uint8Array} */ message) => messages.push(...(await pg.execProtocolStream(message, { syncToFs: false })));
    try {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
        statements.set(text, statement);
      } else {
        const name = `s${nextStatement++}`;
        await send(serialize.parse({ name, text }));
        const described = await pg.execProtocolStream(serialize.describe({ type: "S", name }), { syncToFs: false });
        statement = { name, types: parse.parseDescribeStatementResults(described) };
        statements.set(text, statement);
        if (statements.size > MAX_STATEMENTS) {
          const [oldest, old] = statements.entries().next().value ?? [];
          if (oldest !== undefined && old) {
            statements.delete(oldest);
            await send(serialize.close({ type: "S", name: old.name }));
          }
        }
      }
      const types = statement.types;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serializer = pg.serializers[types[i] ?? 0];
        return serializer ? serializer(value) : String(value);
      });
      await send(serialize.bind({ statement: statement.name, values }));
      await send(serialize.describe({ type: "P" }));
      await send(serialize.execute({}));
    } catch (error) {
      // A statement the server no longer has (or whose plan no longer fits) is prepared again next time.
      const code = /** @type {{ code?: string }} */ (error).code;
      if (code === "26000" || code === "0A000") statements.delete(text);
      throw error;
    } finally {
      messages.push(...(await pg.execProtocolStream(serialize.sync(), { syncToFs: false })));
    }
    if (!inTransaction) await pg.syncToFs();
    return parse.parseResults(messages, pg.parsers, options)[0];
  };
  return inTransaction ? exclusive._runExclusiveQuery(run) : exclusive._runExclusiveTransaction(() => exclusive._runExclusiveQuery(run));
}

/** @param {Request} m */
async function handle(m) {
  switch (m.op) {
    case "query": {
      const parsers = textParsers(m.rawTypes);
      const options = { rowMode: m.rowMode, ...(parsers ? { parsers } : {}) };
      target(m); // a transaction that is not open is refused here
      return preparedQuery(m.tx !== undefined, m.text ?? "", m.params ?? [], options);
    }
    case "exec":
      return target(m).exec(m.text ?? "");
    case "begin": {
      const id = nextTx++;
      /** @type {(commit: boolean) => void} */
      let end = () => {};
      const ended = new Promise((resolve) => (end = resolve));
      /** @type {(value: number) => void} */
      let started = () => {};
      const begun = new Promise((resolve) => (started = resolve));
      const done = pg.transaction(async (tx) => {
        transactions.set(id, { tx, end, done });
        started(id);
        if (!(await ended)) await tx.rollback();
      });
      // A BEGIN that fails rejects `done` before the callback ran: the caller hears it here.
      return Promise.race([begun, done.then(() => id)]);
    }
    case "end": {
      const open = transactions.get(m.tx ?? -1);
      if (!open) throw new Error(`transaction ${m.tx} is not open`);
      open.end(m.commit === true);
      try {
        await open.done;
      } finally {
        transactions.delete(m.tx ?? -1);
      }
      return null;
    }
    case "dump": {
      const blob = await pg.dumpDataDir("none");
      return blob.arrayBuffer();
    }
    case "close":
      await pg.close();
      return null;
    default:
      throw new Error(`unknown operation ${m.op}`);
  }
}

/**
 * Answers one client: the server's thread on the thread's own port, and any other thread of the
 * process (the background jobs) on a port it was given. All share the one database and its locks.
 * @param {import("node:worker_threads").MessagePort} client
 */
function serve(client) {
  client.on("message", (/** @type {Request & { port?: import("node:worker_threads").MessagePort }} */ m) => {
    if (m.op === "connect" && m.port) {
      serve(m.port);
      m.port.postMessage({ type: "ready" });
      return;
    }
    handle(m).then(
      (result) => client.postMessage({ id: m.id, ok: true, result }),
      (error) => client.postMessage({ id: m.id, ok: false, error: plainError(error) }),
    );
  });
}

serve(port);
port.postMessage({ type: "ready" });
