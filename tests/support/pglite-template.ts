import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { MEMORY, openDatabase } from "@/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { testEnv } from "./test-env";

/**
 * Global setup of the integration tests on PGlite: a new in-memory PGlite runs initdb, the migrations
 * and the seed (about 5–9 s of CPU on two cores); done once here, each test file starts from a copy
 * instead (about 1–2 s). Two copies: the base seed, and the base plus the demo data.
 */
export type TemplateName = "base" | "demo";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplates: Partial<Record<TemplateName, string>>;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (testEnv.TEST_DATABASE_URL) {
    project.provide("pgliteTemplates", {});
    return () => undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "shuzhen-pglite-template-"));
  const files: Record<TemplateName, string> = { base: path.join(dir, "base.tar"), demo: path.join(dir, "demo.tar") };
  const handle = await openDatabase({ driver: "pglite", dir: MEMORY });
  const dump = async (file: string) => writeFileSync(file, Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer()));
  try {
    await prepareDatabase(handle, { demo: false });
    await dump(files.base);
    await prepareDatabase(handle, { demo: true });
    await dump(files.demo);
  } finally {
    await handle.close();
  }
  project.provide("pgliteTemplates", files);
  return () => rmSync(dir, { recursive: true, force: true });
}

/** A prepared copy to start an in-memory PGlite from. */
export function templateBlob(file: string): Blob {
  return new Blob([readFileSync(file)]);
}
