import { parseQuery, type QuerySource } from "@/lib/http/query";
import { dashboardFilters, type DashboardFilters } from "./filters";

/** Filters from a URL's (or a page's) query, by the one query parser: empty values ignored, a bad one a 400 naming it. */
export function filtersFrom(source: URL | QuerySource): DashboardFilters {
  return parseQuery(source instanceof URL ? source.searchParams : source, dashboardFilters);
}
