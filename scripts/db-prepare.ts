/** `npm run db:migrate` (migrations only) and `npm run db:seed` (migrations, then the seed of SEED_DEMO). */
import { EnvError, parseEnv } from "@/lib/env";
import { prepareWithProgress } from "./lib/prepare";

try {
  const config = parseEnv(process.env);
  await prepareWithProgress(config, "[db]", process.argv.includes("--no-seed") ? false : config.SEED_DEMO);
} catch (error) {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
}
