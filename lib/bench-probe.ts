import "server-only";
import { eq, sql } from "drizzle-orm";
import { assessmentResults, tenants, usageEvents } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The baseline of bench:submit: one request that writes one row, through the same server and database. */
export async function writeProbeRow(): Promise<void> {
  if (!env().BENCH_ROUTES) throw AppError.notFound("route");
  const d = await db();
  await d.insert(usageEvents).values({ tenantId: sql`(select ${tenants.id} from ${tenants} where ${tenants.isDefault})`, kind: "bench" });
}

export async function probeCounts(): Promise<{ results: number; probeRows: number }> {
  if (!env().BENCH_ROUTES) throw AppError.notFound("route");
  const d = await db();
  return { results: await d.$count(assessmentResults), probeRows: await d.$count(usageEvents, eq(usageEvents.kind, "bench")) };
}
