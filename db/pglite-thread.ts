import path from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";

/**
 * PGlite on a thread of its own (db/pglite-host.mjs), behind the part of PGlite's interface that
 * drizzle uses: query, exec and transaction. PGlite answers in WebAssembly, synchronously: on the
 * server's thread a query stopped every request for its whole length, and the second core stood idle.
 */

export interface QueryOptions {
  rowMode?: "array" | "object";
  /** drizzle passes identity parsers to keep dates and intervals as text; only those are supported. */
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}

export interface Results<T = Record<string, unknown>> {
  rows: T[];
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
}

interface Queryable {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string): Promise<Results[]>;
}

export interface ThreadTransaction extends Queryable {
  rollback(): Promise<void>;
  readonly closed: boolean;
}

interface PlainError {
  name: string;
  message: string;
  stack?: string;
  props: Record<string, unknown>;
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: PlainError };
type Control = { type: "ready" } | { type: "fatal"; error: PlainError };

/** The thread's error as an Error here, with its fields (code, detail, constraint…) as PGlite gives them. */
function revive(e: PlainError): Error {
  const error = Object.assign(new Error(e.message), e.props);
  error.name = e.name;
  if (e.stack) error.stack = `${e.stack}\n    (in the database thread)`;
  return error;
}

/** The oids whose parser hands the text back; any other parser cannot cross to the thread. */
function textTypes(parsers: QueryOptions["parsers"]): number[] | undefined {
  if (!parsers) return undefined;
  return Object.entries(parsers).map(([oid, parse]) => {
    if (parse("\u0000probe", Number(oid)) !== "\u0000probe") throw new Error(`parser of type ${oid}: only text-keeping parsers run in the database thread`);
    return Number(oid);
  });
}

const HOST = () => pathToFileURL(path.join(process.cwd(), "db", "pglite-host.mjs")).href;

export class ThreadedPGlite implements Queryable {
  /** The database's thread (this client started it), or a port to it (another thread's client). */
  private readonly worker: Worker | null;
  private readonly channel: Worker | MessagePort;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private closedError: Error | null = null;
  readonly waitReady: Promise<void>;

  constructor(config: { dir: string } | { loadDataDir?: ArrayBuffer } | { port: MessagePort }) {
    if ("port" in config) {
      this.worker = null;
      this.channel = config.port;
    } else {
      // From code, not a path: the bundler would otherwise follow `new Worker(path)` into PGlite's files.
      this.worker = new Worker(`import(${JSON.stringify(HOST())})`, {
        eval: true,
        workerData: "dir" in config ? { dir: config.dir } : { loadDataDir: config.loadDataDir },
        stdout: false,
        stderr: false,
      });
      this.channel = this.worker;
    }
    const channel = this.channel;
    this.waitReady = new Promise<void>((resolve, reject) => {
      channel.on("message", (m: Reply | Control) => {
        if ("type" in m) {
          if (m.type === "ready") {
            if (this.pending.size === 0) channel.unref();
            resolve();
          } else reject(revive(m.error));
          return;
        }
        const waiting = this.pending.get(m.id);
        if (!waiting) return;
        this.pending.delete(m.id);
        if (this.pending.size === 0) channel.unref();
        if (m.ok) waiting.resolve(m.result);
        else waiting.reject(revive(m.error));
      });
      if (channel instanceof Worker) {
        channel.on("error", (error) => {
          reject(error);
          this.fail(new Error("PGlite is closed"), error);
        });
        channel.on("exit", () => this.fail(new Error("PGlite is closed")));
      } else channel.on("close", () => this.fail(new Error("PGlite is closed")));
    });
  }

  /** The thread is gone: every call waiting and every later one fails as a closed database does. */
  private fail(closed: Error, cause?: Error): void {
    if (cause) closed.cause = cause;
    this.closedError ??= closed;
    for (const waiting of this.pending.values()) waiting.reject(this.closedError);
    this.pending.clear();
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      // The thread keeps the process alive only while a call waits on it, as PGlite in-process did.
      if (this.pending.size === 0) this.channel.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.channel.postMessage({ ...message, id });
    });
  }

  private queryIn<T>(tx: number | undefined, text: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
    return this.call<Results<T>>({ op: "query", tx, text, params, rowMode: options.rowMode, rawTypes: textTypes(options.parsers) });
  }

  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.queryIn<T>(undefined, text, params, options);
  }

  exec(text: string): Promise<Results[]> {
    return this.call<Results[]>({ op: "exec", text });
  }

  /** BEGIN, the callback, then COMMIT; ROLLBACK when it throws or calls rollback(). As PGlite's own. */
  async transaction<T>(callback: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const id = await this.call<number>({ op: "begin" });
    let closed = false;
    const open = () => {
      if (closed) throw new Error("Transaction is closed");
    };
    const tx: ThreadTransaction = {
      query: async <R>(text: string, params?: unknown[], options?: QueryOptions) => {
        open();
        return this.queryIn<R>(id, text, params, options);
      },
      exec: async (text: string) => {
        open();
        return this.call<Results[]>({ op: "exec", tx: id, text });
      },
      rollback: async () => {
        open();
        closed = true;
        await this.call({ op: "end", tx: id, commit: false });
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) {
        closed = true;
        await this.call({ op: "end", tx: id, commit: false }).catch(() => undefined);
      }
      throw error;
    }
    if (!closed) {
      closed = true;
      await this.call({ op: "end", tx: id, commit: true });
    }
    return result;
  }

  async dumpDataDir(): Promise<Blob> {
    return new Blob([await this.call<ArrayBuffer>({ op: "dump" })]);
  }

  /**
   * A client for another thread of this process (the background jobs), on the same database: send the
   * port to that thread and open it there with `new ThreadedPGlite({ port })`.
   */
  connect(): MessagePort {
    if (!this.worker) throw new Error("only the client that started the database thread can connect another");
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ op: "connect", port: port2 }, [port2]);
    return port1;
  }

  /** The owner closes the database and ends its thread; a port's client only lets go of its port. */
  async close(): Promise<void> {
    if (this.closedError) return;
    if (!this.worker) {
      this.fail(new Error("PGlite is closed"));
      (this.channel as MessagePort).close();
      return;
    }
    try {
      await this.call({ op: "close" });
    } finally {
      this.fail(new Error("PGlite is closed"));
      await this.worker.terminate();
    }
  }
}
