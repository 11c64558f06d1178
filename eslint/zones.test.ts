import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Each import zone of eslint.config.mjs, broken on purpose: lint must refuse it (and accept the allowed form).
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: [string, string, string][] = [
  ["scoring imports nothing of ours", "scoring/engine/zz-probe.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n'],
  ["components never import the database", "components/assess/zz-probe.tsx", 'import { users } from "@/db/schema";\nexport const x = users;\n'],
  ["components never import app/", "components/assess/zz-probe.tsx", 'import { setLocale } from "@/app/actions/locale";\nexport const x = setLocale;\n'],
  ["app never imports the database", "app/zz-probe/page.tsx", 'import { users } from "@/db/schema";\nexport const x = users;\n'],
  ["app never imports lib/db", "app/zz-probe/page.tsx", 'import { db } from "@/lib/db";\nexport const x = db;\n'],
  ["prompts never import the database", "prompts/zz-probe.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n'],
  ["prompts never import lib", "prompts/zz-probe.ts", 'import { logger } from "@/lib/logger";\nexport const x = logger;\n'],
  ["lib never imports components", "lib/zz-probe.ts", 'import { Page } from "@/components/ui/page";\nexport const x = Page;\n'],
  ["lib never imports app", "lib/zz-probe.ts", 'import { setLocale } from "@/app/actions/locale";\nexport const x = setLocale;\n'],
  ["db imports nothing above it", "db/zz-probe.ts", 'import { logger } from "@/lib/logger";\nexport const x = logger;\n'],
];

describe("import zones (DESIGN.md's arrows)", () => {
  it.each(cases)("%s", async (_name, filePath, code) => {
    expect(await rulesHit(filePath, code)).toContain("no-restricted-imports");
  });

  it("lets app and components import types from db (types never reach a bundle)", async () => {
    expect(await rulesHit("components/assess/zz-probe.tsx", 'import type { Clause } from "@/db/catalogue/policies";\nexport type X = Clause;\n')).toEqual([]);
  });

  it("reads settings only through lib/env.ts", async () => {
    expect(await rulesHit("lib/zz-probe.ts", "export const port = process.env.PORT;\n")).toContain("no-restricted-properties");
    expect(await rulesHit("scripts/zz-probe.ts", "export const port = process.env.PORT;\n")).toEqual([]);
  });

  it('requires import "server-only" in a lib module that touches the database', async () => {
    const code = 'import { db } from "@/lib/db";\nexport const x = db;\n';
    expect(await rulesHit("lib/zz/probe.ts", code)).toContain("shuzhen/server-only");
    expect(await rulesHit("lib/zz/probe.ts", `import "server-only";\n${code}`)).toEqual([]);
    // The same module by a relative path.
    expect(await rulesHit("lib/auth/zz-probe.ts", 'import { authSecret } from "./secret";\nexport const x = authSecret;\n')).toContain("shuzhen/server-only");
  });

  it("wants type-only imports spelled as such", async () => {
    expect(await rulesHit("lib/zz-probe.ts", 'import { Db } from "@/db/client";\nexport type X = Db;\n')).toContain(
      "@typescript-eslint/consistent-type-imports",
    );
  });
});
