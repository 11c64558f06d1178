import { openApiDocument } from "@/lib/api/openapi";
import { V1_ENDPOINTS } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of /api/v1, made from the routes' own schemas. Public. */
export function GET(): Response {
  return Response.json(openApiDocument(V1_ENDPOINTS), { headers: { "Cache-Control": "public, max-age=300" } });
}
