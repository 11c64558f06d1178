import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/regions/route";

const get = async (query: string, headers: Record<string, string> = {}) => {
  const response = await GET(new Request(`http://localhost/api/regions${query}`, { headers }));
  return { response, body: (await response.json()) as { divisions: { code: string; name: string }[] } };
};

describe("GET /api/regions", () => {
  it("names divisions in the reader's language and says the answer varies with it", async () => {
    const zh = await get("?city=4101", { "accept-language": "zh-CN" });
    expect(zh.body.divisions.find((d) => d.code === "410122")?.name).toBe("中牟县");
    expect(zh.response.headers.get("vary")).toMatch(/Cookie/);
    expect(zh.response.headers.get("vary")).toMatch(/Accept-Language/);
    const en = await get("?city=4101", { cookie: "shuzhen_lang=en" });
    expect(en.body.divisions.find((d) => d.code === "410122")?.name).toBe("Zhongmou County");
    const provinces = await get("?lang=en");
    expect(provinces.body.divisions.find((d) => d.code === "41")?.name).toBe("Henan");
  });
});
