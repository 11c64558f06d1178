import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageSize } from "./image-size";

const image = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1d4ed8" } });

describe("imageSize", () => {
  it("reads PNG and JPEG (baseline and progressive) sizes from the header", async () => {
    expect(imageSize(await image(640, 200).png().toBuffer())).toEqual({ width: 640, height: 200 });
    expect(imageSize(await image(321, 123).jpeg().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(imageSize(await image(99, 7).jpeg({ progressive: true }).withMetadata().toBuffer())).toEqual({ width: 99, height: 7 });
  });

  it("gives null for what it cannot read", async () => {
    expect(imageSize(Buffer.from("not an image"))).toBeNull();
    const png = await image(10, 10).png().toBuffer();
    expect(imageSize(png.subarray(0, 20))).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });
});
