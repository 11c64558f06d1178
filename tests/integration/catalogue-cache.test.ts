import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { tenants } from "@/db/schema";
import { createEntry, updateEntry } from "@/lib/admin/catalogue";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { demoActor, withDemoDatabase } from "../support/app-database";

/** The parsed catalogues are kept per process and read again as soon as any visible row changes. */
const { db } = withDemoDatabase();

describe("catalogue cache", () => {
  it("reuses the parsed entries until a row changes, then reads the change", async () => {
    const [zz] = await db().select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
    const first = await loadCatalogues(db(), zz!.id);
    expect(await loadCatalogues(db(), zz!.id)).toBe(first);
    expect(Object.isFrozen(first.solutions[0])).toBe(true);
    expect(() => first.solutions.push(first.solutions[0]!)).toThrow(TypeError);

    const admin = await demoActor(db(), "tenant_admin");
    const entry = { ...loadSolutionCatalogue()[0]!, id: "cache-test-solution", demo: false };
    await createEntry(db(), admin, "zhengzhou", "solution", { entry, status: "active" });
    const added = await loadCatalogues(db(), zz!.id);
    expect(added).not.toBe(first);
    expect(added.solutions.map((s) => s.id)).toContain("cache-test-solution");

    await updateEntry(db(), admin, "zhengzhou", "solution", "cache-test-solution", { status: "retired" });
    expect((await loadCatalogues(db(), zz!.id)).solutions.map((s) => s.id)).not.toContain("cache-test-solution");
  });
});
