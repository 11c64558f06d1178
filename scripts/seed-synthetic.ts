/**
 * `npm run seed:synthetic -- --count 100000 [--projects N] [--seed N]`: fills the database (DATABASE_URL,
 * or the embedded one) with synthetic firms and submitted assessments across the demo city portals, and
 * transformation projects on them (one per 20 assessments unless --projects says), for the dashboard
 * and its pipeline at scale. Distinct from the demo seed; adds to what is there.
 */
import { openDatabase } from "@/db/client";
import { writeSynthetic } from "@/lib/dashboard/synthetic-writer";
import { writeSyntheticProjects } from "@/lib/projects/synthetic-projects";
import { databaseConfigFrom } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { EnvError, parseEnv } from "@/lib/env";
import { seconds } from "./lib/run";

function argument(name: string, fallback: number, min = 1): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < min || value > 5_000_000) {
    console.error(`--${name} must be a whole number between ${min} and 5000000`);
    process.exit(2);
  }
  return value;
}

try {
  const config = parseEnv(process.env);
  const count = argument("count", 100_000);
  const seed = argument("seed", 20241130);
  const projectCount = argument("projects", Math.round(count / 20), 0);
  const handle = await openDatabase(databaseConfigFrom(config));
  const started = performance.now();
  try {
    await prepareDatabase(handle, { demo: true });
    let shown = 0;
    const outcome = await writeSynthetic(handle.db, {
      count,
      seed,
      onProgress: (done) => {
        if (done - shown >= 10_000 || done >= count) {
          shown = done;
          console.log(`  ${done.toLocaleString("en")} / ${count.toLocaleString("en")} assessments (${seconds(performance.now() - started)})`);
        }
      },
    });
    const made = projectCount > 0 ? await writeSyntheticProjects(handle.db, { count: projectCount, seed }) : { projects: 0 };
    console.log(
      `合成数据 / synthetic data: ${outcome.firms} firms, ${outcome.results} submitted assessments, ${outcome.drafts} abandoned drafts, ${made.projects} projects in ${seconds(performance.now() - started)}`,
    );
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
}
