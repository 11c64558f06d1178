import { describe, expect, it } from "vitest";
import { GET as embedConfigRoute } from "@/app/api/embed/[tenant]/route";
import { POST as create } from "@/app/api/assessments/route";
import { assessments } from "@/db/schema";
import { eq } from "drizzle-orm";
import { call, fields } from "../support/api";
import { withDemoDatabase } from "../support/app-database";
import { ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

/** The public embed configuration, and assessments started inside a portal's page. */

const { db } = withDemoDatabase();
const DEMO_PORTAL = "http://localhost:3001";

async function config(tenant: string) {
  const response = await embedConfigRoute(new Request(`http://localhost/api/embed/${tenant}`), { params: Promise.resolve({ tenant }) });
  return { status: response.status, body: (await response.json()) as { origins?: string[]; name?: Record<string, string>; brand?: Record<string, unknown> } };
}

describe("embedding", () => {
  it("publishes a portal's allowed origins and brand; the seed allows the demo portal page", async () => {
    const zz = await config("zhengzhou");
    expect(zz.status).toBe(200);
    expect(zz.body.origins).toEqual([DEMO_PORTAL]);
    expect(zz.body.name).toEqual({ "zh-CN": "郑州数转服务", en: "Zhengzhou Digital Services" });
    expect(zz.body.brand).toMatchObject({ primaryColor: "#0b5394" });
    expect((await config("platform")).body.origins).toEqual([]);
    expect((await config("no-such-portal")).status).toBe(404);
    expect((await config("../etc")).status).toBe(404);
  });

  it("records an assessment started in an allowed portal page as an embed, and refuses another origin by name", async () => {
    const ok = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou", embedOrigin: DEMO_PORTAL } });
    expect(ok.status).toBe(201);
    const [row] = await db()
      .select({ mode: assessments.mode, origin: assessments.embedOrigin })
      .from(assessments)
      .where(eq(assessments.id, String(ok.body.id)));
    expect(row).toEqual({ mode: "embed", origin: DEMO_PORTAL });
    const refused = await call(create, {
      method: "POST",
      body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou", embedOrigin: "https://evil.example.cn" },
    });
    expect(refused.status).toBe(400);
    expect(fields(refused.body)).toEqual(["embedOrigin"]);
    // Another portal does not allow it either.
    const other = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "platform", embedOrigin: DEMO_PORTAL } });
    expect(fields(other.body)).toEqual(["embedOrigin"]);
  });
});
