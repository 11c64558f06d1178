import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { currentSite } from "@/lib/tenants/site";

/** A portal's pages exist only for a portal that exists (proxy.ts marks it; an unknown one is a 404). */
export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ portal: string }> }) {
  const [{ portal }, site] = await Promise.all([params, currentSite()]);
  if (!site || site.slug !== portal) notFound();
  return children;
}
