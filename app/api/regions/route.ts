import { z } from "zod";
import { listCities, listDistricts, listProvinces } from "@/lib/enterprise/regions";
import { AppError } from "@/lib/errors";
import { handler, issuesFromZod } from "@/lib/http/errors";

const query = z.object({
  province: z.string().regex(/^\d{2}$/).optional(),
  city: z.string().regex(/^\d{4}$/).optional(),
});

/** GB/T 2260 divisions: provinces, or the cities of ?province=, or the districts of ?city=. Static data. */
export const GET = handler(async (request: Request) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  const { province, city } = parsed.data;
  const divisions = city ? listDistricts(city) : province ? listCities(province) : listProvinces();
  return Response.json({ divisions }, { headers: { "Cache-Control": "public, max-age=86400" } });
});
