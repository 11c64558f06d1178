import { existsSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { assessmentResults } from "@/db/schema";
import { writeSynthetic } from "@/lib/dashboard/synthetic-writer";
import { databaseConfigFrom } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDemoProjects } from "@/lib/projects/demo-projects";
import type { Env } from "@/lib/env";
import { seconds } from "./run";

/** Once per database: synthetic firms in the demo portals, so that their dashboard shows figures. */
async function demoDashboardData(db: Db, count: number): Promise<void> {
  if ((await db.$count(assessmentResults, eq(assessmentResults.engineVersion, "synthetic"))) > 0) return;
  const started = performance.now();
  const outcome = await writeSynthetic(db, { count, seed: 20261130 });
  console.log(
    `      演示看板数据 / demo dashboard data: ${outcome.results} synthetic assessments of ${outcome.firms} firms (${seconds(performance.now() - started)})`,
  );
}

/** Once per database: demo transformation projects in every state in the demo portals. */
async function demoProjects(db: Db): Promise<void> {
  const started = performance.now();
  const { projects } = await seedDemoProjects(db);
  if (projects > 0) console.log(`      演示改造项目 / demo transformation projects: ${projects} (${seconds(performance.now() - started)})`);
}

/** Migrates and seeds, printing progress, then closes so that the server can take the PGlite folder. */
export async function prepareWithProgress(config: Env, label: string, demo = config.SEED_DEMO): Promise<void> {
  const dbConfig = databaseConfigFrom(config);
  if (dbConfig.driver === "pglite") {
    const fresh = !existsSync(path.resolve(dbConfig.dir));
    console.log(
      `${label} ${fresh ? "创建内置数据库 / creating the embedded database" : "打开内置数据库 / opening the embedded database"} ${dbConfig.dir}` +
        (fresh ? " (first time: about 10 s)" : ""),
    );
  } else {
    console.log(`${label} 连接 PostgreSQL / connecting to PostgreSQL (DATABASE_URL)`);
  }
  const started = performance.now();
  const handle = await openDatabase(dbConfig);
  try {
    const summary = await prepareDatabase(handle, {
      demo,
      onStep: (step, ms) => console.log(`      ${step === "migrate" ? "迁移 / migrations" : "种子数据 / seed"}: ${seconds(ms)}`),
    });
    if (summary) console.log(`      ${summary.tenants} tenants, ${summary.users} users, ${summary.policies} policies`);
    if (demo && config.DEMO_DASHBOARD_ASSESSMENTS > 0) await demoDashboardData(handle.db, config.DEMO_DASHBOARD_ASSESSMENTS);
    if (demo && config.DEMO_PROJECTS) await demoProjects(handle.db);
  } finally {
    await handle.close();
  }
  console.log(`      ready in ${seconds(performance.now() - started)}`);
}
