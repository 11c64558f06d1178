import { describe, expect, it } from "vitest";
import { can, canAs, PERMISSIONS, roleMay, ROLES, tenantsWhere, type Actor } from "./permissions";

const ZZ = "tenant-zhengzhou";
const TY = "tenant-taiyuan";
const actor = (role: string, tenantId = ZZ): Actor => ({ userId: "u1", memberships: [{ tenantId, role }] });

describe("permissions as data", () => {
  it("lists only known roles, and every role can do something", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
    for (const r of ROLES)
      expect(
        Object.values(PERMISSIONS).some((roles) => (roles as readonly string[]).includes(r)),
        r,
      ).toBe(true);
  });

  it("grants a listed role in its own tenant only", () => {
    expect(can(actor("consultant"), "report.publish", ZZ)).toBe(true);
    expect(can(actor("consultant"), "report.publish", TY)).toBe(false);
    expect(can(actor("sme_owner"), "report.publish", ZZ)).toBe(false);
    expect(can(actor("tenant_admin"), "tenant.branding.edit", ZZ)).toBe(true);
    expect(can(actor("tenant_admin", TY), "tenant.branding.edit", ZZ)).toBe(false);
  });

  it("fails closed: signed out, unknown roles, unknown permissions", () => {
    expect(can(null, "report.read", ZZ)).toBe(false);
    expect(can(actor("superuser"), "report.read", ZZ)).toBe(false);
    expect(can(actor("TENANT_ADMIN"), "user.invite", ZZ)).toBe(false);
    expect(can(actor("tenant_admin"), "everything.do" as never, ZZ)).toBe(false);
    // A platform administrator manages tenants, not their data.
    expect(can(actor("platform_admin"), "report.read", ZZ)).toBe(false);
    expect(can(actor("platform_admin"), "tenant.manage", ZZ)).toBe(true);
  });

  it("lists the tenants where a permission holds", () => {
    const multi: Actor = {
      userId: "u",
      memberships: [
        { tenantId: ZZ, role: "consultant" },
        { tenantId: TY, role: "sme_owner" },
        { tenantId: "x", role: "bogus" },
      ],
    };
    expect(tenantsWhere(multi, "report.read").sort()).toEqual([TY, ZZ].sort());
    expect(tenantsWhere(multi, "report.publish")).toEqual([ZZ]);
    expect(tenantsWhere(null, "report.read")).toEqual([]);
  });

  it("checks one role at a time for scoped access, and what a resume link (the firm) may do", () => {
    const both: Actor = {
      userId: "u",
      memberships: [
        { tenantId: ZZ, role: "sme_owner" },
        { tenantId: ZZ, role: "tenant_admin" },
      ],
    };
    expect(canAs(both, "report.read", ZZ, "tenant_admin")).toBe(true);
    expect(canAs(both, "assessment.answer", ZZ, "tenant_admin")).toBe(false);
    expect(canAs(both, "assessment.answer", ZZ, "sme_owner")).toBe(true);
    expect(canAs(both, "assessment.answer", TY, "sme_owner")).toBe(false);
    expect(roleMay("sme_owner", "report.edit")).toBe(true);
    // The firm attaches evidence only to its project's re-assessment: checked by the evidence service.
    expect(roleMay("sme_owner", "evidence.upload")).toBe(true);
    expect(roleMay("sme_owner", "project.review")).toBe(false);
    expect(roleMay("sme_owner", "report.publish")).toBe(false);
  });
});
