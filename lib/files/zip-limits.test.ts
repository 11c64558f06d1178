import { describe, expect, it } from "vitest";
import { zipTotals } from "./zip-limits";
import { writeXlsx } from "./xlsx";

describe("zip totals from the central directory", () => {
  it("reads an .xlsx's entries and inflated size without inflating it", async () => {
    const bytes = await writeXlsx([{ name: "企业", header: ["企业名称"], rows: Array.from({ length: 2000 }, (_, i) => [`企业${i}有限公司`]) }]);
    const totals = zipTotals(bytes)!;
    expect(totals.entries).toBeGreaterThan(5);
    expect(totals.uncompressedBytes).toBeGreaterThan(bytes.byteLength);
  });
  it("says null for what is not a zip", () => {
    expect(zipTotals(new TextEncoder().encode("企业名称,统一社会信用代码\n"))).toBeNull();
    expect(zipTotals(new Uint8Array(10))).toBeNull();
  });
});
