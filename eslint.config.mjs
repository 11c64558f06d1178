// Lint is the law for where code may go: the import zones below are DESIGN.md's arrows
// (app → lib → scoring, db, prompts; scoring imports nothing of ours; components never touch the
// database). `npm run lint` runs in `npm test`, so a violation fails CI.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import shuzhen from "./eslint/plugin.mjs";

/**
 * A zone: files that may not import the listed folders of ours. `types` lists folders whose types
 * (only) may be imported: a type costs nothing at run time and never reaches a bundle.
 */
function zone(name, files, forbidden, message, types = []) {
  const groups = (dirs) => dirs.flatMap((dir) => [`@/${dir}`, `@/${dir}/*`]);
  const patterns = [{ group: groups(forbidden), message }];
  if (types.length > 0) patterns.push({ group: groups(types), message: `${message} (types only)`, allowTypeImports: true });
  return {
    name: `shuzhen/zone/${name}`,
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
}

/** The database itself (client, schema, migrations, seeds); db/catalogue holds pure schemas and data. */
const DATABASE = ["db/client", "db/schema", "db/migrate", "db/backup", "db/pglite-lock", "db/seed", "lib/db"];

const TS = ["**/*.{ts,tsx,mts,cts}"];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "db/migrations/**", "public/**", "test-results/**", ".data/**", "next-env.d.ts", "**/*.js", "**/*.mjs"] },
  {
    name: "shuzhen/typescript",
    files: TS,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { parserOptions: { ecmaVersion: "latest", sourceType: "module" } },
    plugins: { shuzhen },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Environment variables are read, validated and typed once (lib/env.ts).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through lib/env.ts (validated with zod), not process.env." },
      ],
      "shuzhen/server-only": "error",
      // Rules that the TypeScript compiler already enforces, or that fight our style.
      "no-undef": "off",
      "no-redeclare": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Our text cleaning matches control characters on purpose (lib/validation/text.ts, lib/files/sniff.ts).
      "no-control-regex": "off",
    },
  },
  zone("scoring", ["scoring/**"], ["app", "components", "lib", "db", "prompts"], "scoring/ is the pure engine: it imports nothing of ours outside scoring/."),
  zone(
    "components",
    ["components/**"],
    ["app", ...DATABASE],
    "components never import the database or app/: take data as props, call the API through components/client.",
    ["db"],
  ),
  zone(
    "app",
    ["app/**"],
    DATABASE,
    "app/ is routing only: the route wrapper (lib/http/route.ts) and page contexts give you the database; tables belong to lib/.",
    ["db"],
  ),
  zone(
    "prompts",
    ["prompts/**"],
    ["app", "components", "lib", ...DATABASE],
    "prompts never touch the database, services or app code: they take facts as input.",
  ),
  zone("lib", ["lib/**"], ["app", "components"], "lib/ never imports app/ or components/: data flows app → lib."),
  // Types of prompts are allowed: the report facts and sections stored in jsonb are typed by the prompts that read them.
  zone("db", ["db/**"], ["app", "components", "lib"], "db/ holds schema, migrations and seed data: it imports nothing of the layers above it.", ["prompts"]),
  {
    // Where environment variables may be read: the env module, tooling, scripts, benchmarks and tests.
    name: "shuzhen/env-readers",
    files: ["lib/env.ts", "scripts/**", "bench/**", "tests/**", "**/*.test.ts", "**/*.test.tsx", "*.config.ts", "instrumentation.ts", "proxy.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    name: "shuzhen/tests-and-tools",
    files: ["tests/**", "bench/**", "scripts/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "shuzhen/server-only": "off" },
  },
);
