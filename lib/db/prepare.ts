import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedBase, seedDemo, type SeedSummary } from "@/db/seed";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";

export interface PrepareOptions {
  /** Also load the demo tenants, users and policies. */
  demo: boolean;
  onStep?: (step: "migrate" | "seed", elapsedMs: number) => void;
}

/** Migrations, then the base seed, then (optionally) demo data. Idempotent. */
export async function prepareDatabase(handle: DatabaseHandle, options: PrepareOptions): Promise<SeedSummary | null> {
  let t = performance.now();
  await migrateDatabase(handle);
  options.onStep?.("migrate", performance.now() - t);
  t = performance.now();
  const port = env().DEMO_PORTAL_PORT;
  // The demo portal page (scripts/lib/demo-portal.ts) may frame the demo cities' assessment.
  const demoPortalOrigin = port > 0 ? `http://localhost:${port}` : undefined;
  const summary = options.demo ? await seedDemo(handle.db, { hashPassword, demoPortalOrigin }) : (await seedBase(handle.db), null);
  options.onStep?.("seed", performance.now() - t);
  return summary;
}
