import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";

/** Variables that only the test suite reads (documented in README, section Tests). */
const schema = z.object({
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "TEST_DATABASE_URL must be a PostgreSQL URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CHROME_PATH: z.string().min(1).default("/usr/bin/chromium"),
  /** Server logs and browser screenshots of the e2e tests: a temporary folder, never the working tree. */
  TEST_RESULTS_DIR: z.string().min(1).default(path.join(tmpdir(), "shuzhen-test-results")),
  /** Assessments the two-servers test submits (tests/e2e/two-servers.test.ts). */
  TWO_SERVERS_ASSESSMENTS: z.coerce.number().int().min(10).max(100_000).default(500),
  /** Full-page screenshots of the browser journeys into TEST_RESULTS_DIR (for a person to look at). */
  E2E_SCREENSHOTS: z
    .string()
    .optional()
    .transform((v) => v === "true" || v === "1"),
  CI: z
    .string()
    .optional()
    .transform((v) => v === "true" || v === "1"),
});

export const testEnv = schema.parse(process.env);
