import "server-only";
import { signedInPage } from "@/lib/auth/page-access";
import { messagesWithPrefix } from "@/lib/i18n/translate";
import { activeTenantBySlug } from "@/lib/tenants";

/**
 * What the integration pages of a portal (接口密钥, 事件推送) start from: the signed-in account, its
 * roles in the portal (an administrator gets the admin tabs and may act for the portal) and the
 * messages their client parts need.
 */
export async function integrationPage(tenant: string, path: string) {
  const page = await signedInPage(path);
  const portal = await activeTenantBySlug(page.db, tenant);
  const roles = new Set(page.actor.memberships.filter((m) => m.tenantId === portal?.id).map((m) => m.role));
  const messages = { ...messagesWithPrefix(page.locale, "api."), ...messagesWithPrefix(page.locale, "error.") };
  return { ...page, roles, messages, canAct: { portal: roles.has("tenant_admin"), consultant: roles.has("consultant") } };
}
