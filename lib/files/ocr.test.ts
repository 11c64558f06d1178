import { describe, expect, it } from "vitest";
import { rawPixels } from "./ocr";

describe("rawPixels", () => {
  it("unpacks 1-bit grey rows padded to whole bytes, 1 as white", () => {
    // 10 × 2 pixels: two bytes per row; row 0 = 1010000001, row 1 = 0000000000.
    const data = new Uint8Array([0b10100000, 0b01000000, 0, 0]);
    const { data: out, channels } = rawPixels({ width: 10, height: 2, kind: 1, data });
    expect(channels).toBe(1);
    expect([...out.subarray(0, 10)]).toEqual([255, 0, 255, 0, 0, 0, 0, 0, 0, 255]);
    expect([...out.subarray(10)]).toEqual(Array(10).fill(0));
  });

  it("passes RGB and RGBA through with their channel counts, ignoring trailing bytes", () => {
    const rgb = new Uint8Array([1, 2, 3, 4, 5, 6, 99]);
    expect(rawPixels({ width: 2, height: 1, kind: 2, data: rgb })).toMatchObject({ channels: 3 });
    expect([...rawPixels({ width: 2, height: 1, kind: 2, data: rgb }).data]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rawPixels({ width: 1, height: 1, kind: 3, data: new Uint8Array([1, 2, 3, 4]) }).channels).toBe(4);
  });
});
