/** `npm run dev`: migrate and seed, then `next dev` (which owns the PGlite folder from then on). */
import { EnvError, isLoopback, outboxExposureWarning, parseEnv } from "@/lib/env";
import { prepareWithProgress } from "./lib/prepare";
import { internalUrl, NEXT_BIN, run, serverNodeOptions } from "./lib/run";

try {
  const config = parseEnv(process.env, { serving: true });
  await prepareWithProgress(config, "[db]");
  console.log(`Serving on ${config.HOST}:${config.PORT}${isLoopback(config.HOST) ? " (this machine only; HOST=0.0.0.0 to serve other machines)" : ""}`);
  const warning = outboxExposureWarning(config);
  if (warning) console.warn(warning);
  process.exit(
    await run(process.execPath, [NEXT_BIN, "dev", "-p", String(config.PORT), "-H", config.HOST], {
      env: { ...process.env, SHUZHEN_INTERNAL_URL: internalUrl(config), NODE_OPTIONS: serverNodeOptions() },
    }),
  );
} catch (error) {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
}
