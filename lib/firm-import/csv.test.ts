import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "./csv";

/** GBK bytes of a short text, made by hand (Node has no GBK encoder): 企业 = C6F3 D2B5. */
const GBK_FIRM = Uint8Array.from([0xc6, 0xf3, 0xd2, 0xb5, 0x2c, 0x41, 0x0d, 0x0a]);

describe("csv decoding", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const text = "企业名称,行业\r\n甲,34\r\n";
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: "utf-8" });
  });

  it("detects GBK (GB18030) when the bytes are not UTF-8", () => {
    expect(decodeCsv(GBK_FIRM)).toEqual({ text: "企业,A\r\n", encoding: "gb18030" });
  });

  it("reads UTF-16 with its BOM", () => {
    const body = Buffer.from("名称\t行业\n甲\t34\n", "utf16le");
    const { text, encoding } = decodeCsv(Uint8Array.from([0xff, 0xfe, ...body]));
    expect(encoding).toBe("utf-16le");
    expect(parseCsv(text)).toEqual([
      ["名称", "行业"],
      ["甲", "34"],
    ]);
  });
});

describe("csv parsing", () => {
  it("quotes, doubled quotes, separators and line breaks inside quotes", () => {
    expect(parseCsv('a,"b,1","say ""hi""","two\nlines"\r\nx,,z')).toEqual([
      ["a", "b,1", 'say "hi"', "two\nlines"],
      ["x", "", "z"],
    ]);
  });

  it("semicolons and tabs by the first line; formulas stay text", () => {
    expect(parseCsv("a;b\n=1+1;@SUM(A1)")).toEqual([
      ["a", "b"],
      ["=1+1", "@SUM(A1)"],
    ]);
    expect(parseCsv("a\tb\n1\t2", 1)).toEqual([["a", "b"]]);
  });
});
