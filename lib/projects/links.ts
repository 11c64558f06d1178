import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { projects } from "@/db/schema";

/**
 * Whether an assessment is the re-assessment of a transformation project: the firm may then attach
 * evidence to its answers itself (the acceptance pack lists what supports each one).
 */
export function isProjectAfterAssessment(assessmentId: SQLWrapper | string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${projects} where ${projects.afterAssessmentId} = ${assessmentId})`;
}
