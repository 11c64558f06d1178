import "server-only";
import type { DriverName } from "@/db/client";
import { database } from "@/lib/db";
import { databaseDriver } from "@/lib/env";
import packageJson from "@/package.json";

export interface Health {
  status: "ok" | "degraded";
  database: { driver: DriverName; status: "up" | "down"; latencyMs?: number; serverVersion?: string; error?: string };
  version: string;
}

export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const handle = await database();
    const [row] = await handle.query<{ v: string }>("select current_setting('server_version') as v");
    return {
      status: "ok",
      database: { driver: handle.driver, status: "up", latencyMs: Math.round(performance.now() - started), serverVersion: row?.v },
      version: packageJson.version,
    };
  } catch (error) {
    return {
      status: "degraded",
      database: { driver: databaseDriver(), status: "down", error: error instanceof Error ? error.message : String(error) },
      version: packageJson.version,
    };
  }
}
