import { describe, expect, it } from "vitest";
import { safeFileName, sniffType } from "./sniff";

describe("sniffType", () => {
  it("recognises PDF, PNG, JPEG, WebP and UTF-8 text by their bytes", () => {
    expect(sniffType(Buffer.from("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffType(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", "latin1"))).toBe("image/webp");
    expect(sniffType(Buffer.from("第一条 为加快中小企业数字化转型……\n"))).toBe("text/plain");
  });
  it("refuses executables, zip files, binary junk and empty files", () => {
    expect(sniffType(Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(sniffType(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
    expect(sniffType(Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps the last path part without control or quoting characters", () => {
    expect(safeFileName("../../etc/passwd", "x")).toBe("passwd");
    expect(safeFileName('C:\\docs\\车间"照片".jpg', "x")).toBe("车间照片.jpg");
    expect(safeFileName("\u0000", "evidence")).toBe("evidence");
  });
});
