import { existsSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { databaseConfigFrom } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import type { Env } from "@/lib/env";
import { seconds } from "./run";

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
  } finally {
    await handle.close();
  }
  console.log(`      ready in ${seconds(performance.now() - started)}`);
}
