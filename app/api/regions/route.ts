import { z } from "zod";
import { listCities, listDistricts, listProvinces } from "@/lib/enterprise/regions";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { parseQuery } from "@/lib/http/query";

const query = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  city: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

/** GB/T 2260 divisions: provinces, or the cities of ?province=, or the districts of ?city=. Static data. */
export const GET = handler(async (request: Request) => {
  const { province, city } = parseQuery(new URL(request.url).searchParams, query);
  const locale = requestLocale(request);
  const divisions = city ? listDistricts(city, locale) : province ? listCities(province, locale) : listProvinces(locale);
  // Names follow the reader's language (cookie, else Accept-Language).
  return Response.json({ divisions }, { headers: { "Cache-Control": "public, max-age=86400", Vary: "Cookie, Accept-Language" } });
});
