import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unzipEntries } from "@/tests/support/unzip";
import { crc32, zip } from "./zip";

describe("zip", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("round-trips entries with Chinese names", () => {
    const entries = [
      { name: "郑州精工机械有限公司-数字化诊断报告-v1.pdf", data: Buffer.from("%PDF-1.7 ".repeat(500)) },
      { name: "说明.txt", data: Buffer.from("未包含：1 份报告仍在撰写中。\n") },
      { name: "evidence/F.NET-照片.jpg", data: Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3, 250, 251]), store: true },
    ];
    const archive = zip(entries);
    const back = unzipEntries(archive);
    expect(back.map(({ name, data }) => ({ name, data }))).toEqual(entries.map(({ name, data }) => ({ name, data })));
    for (const e of back) expect(crc32(e.data)).toBe(e.crc);
    if (existsSync("/usr/bin/unzip")) {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "zip-")), "a.zip");
      writeFileSync(file, archive);
      expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
    }
  });
});
