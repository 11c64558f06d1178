import { AppError } from "@/lib/errors";
import { issuesFromZod } from "@/lib/http/errors";
import { dashboardFilters, type DashboardFilters } from "./filters";

/** Filters from a URL's query (empty values ignored); a bad one is a 400 naming it. */
export function filtersFrom(url: URL): DashboardFilters {
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v.trim() !== ""));
  const parsed = dashboardFilters.safeParse(raw);
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  return parsed.data;
}
