import sharp from "sharp";
import { AppError } from "@/lib/errors";
import type { Localized } from "@/lib/i18n/localized";
import { embeddableImage } from "@/lib/pdf/image-check";
import { imageSize } from "./image-size";
import { sniffType } from "./sniff";

export const LOGO_MAX_BYTES = 512 * 1024;
/** More pixels than any logo needs (a 6000×4000 photo), and a cap on what decoding may allocate. */
export const LOGO_MAX_PIXELS = 24_000_000;
/** Stored logos fit in this box: the PDF prints them in 120×48 pt, the pages show them smaller. */
const STORED_BOX = { width: 960, height: 384 };

const invalid = (message: Localized) => AppError.validation([{ field: "file", message }]);
const DAMAGED: Localized = { "zh-CN": "图片已损坏，或是不支持的 PNG/JPEG 变体", en: "the image is damaged or uses an unsupported PNG/JPEG variant" };

/** Whether a stored image may be decoded at all (logos uploaded before the re-encoding are checked again). */
export function withinPixelCap(bytes: Buffer): boolean {
  const size = imageSize(bytes);
  return size !== null && size.width > 0 && size.height > 0 && size.width * size.height <= LOGO_MAX_PIXELS;
}

/**
 * A logo as stored: PNG or JPEG by its bytes, its size read from the header and capped before any
 * decoding, then re-encoded once (sharp, off the event loop in libuv's pool) to a PNG within a small
 * box, so that no PDF ever decodes more than that. Errors are a 400 naming `file`.
 */
export async function prepareLogo(bytes: Buffer): Promise<{ bytes: Buffer; type: "image/png" }> {
  const type = sniffType(bytes);
  if (type !== "image/png" && type !== "image/jpeg") throw invalid({ "zh-CN": "标识应为 PNG 或 JPEG 图片", en: "the logo must be a PNG or JPEG image" });
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0)
    throw invalid({ "zh-CN": "图片已损坏：无法读取尺寸", en: "the image is damaged: its size could not be read" });
  if (size.width * size.height > LOGO_MAX_PIXELS) {
    throw invalid({
      "zh-CN": `图片为 ${size.width}×${size.height} 像素，标识最多 ${LOGO_MAX_PIXELS / 10_000} 万像素`,
      en: `the image is ${size.width}×${size.height} pixels; a logo may have at most ${LOGO_MAX_PIXELS / 1_000_000} million pixels`,
    });
  }
  let out: Buffer;
  try {
    out = await sharp(bytes, { limitInputPixels: LOGO_MAX_PIXELS, failOn: "error" })
      .rotate()
      .resize({ ...STORED_BOX, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
  } catch {
    throw invalid(DAMAGED);
  }
  if (!embeddableImage(out)) throw invalid(DAMAGED);
  return { bytes: out, type: "image/png" };
}
