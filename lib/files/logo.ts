import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { embeddableImage } from "@/lib/pdf/image-check";
import { imageSize } from "./image-size";
import { sniffType } from "./sniff";

export const LOGO_MAX_BYTES = 512 * 1024;
/** More pixels than any logo needs (a 6000×4000 photo), and a cap on what decoding may allocate. */
export const LOGO_MAX_PIXELS = 24_000_000;
/** Stored logos fit in this box: the PDF prints them in 120×48 pt, the pages show them smaller. */
const STORED_BOX = { width: 960, height: 384 };

const invalid = (message: string) => AppError.validation([{ field: "file", message }]);

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
  if (type !== "image/png" && type !== "image/jpeg") throw invalid("the logo must be a PNG or JPEG image");
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) throw invalid("the image is damaged: its size could not be read");
  if (size.width * size.height > LOGO_MAX_PIXELS) {
    throw invalid(`the image is ${size.width}×${size.height} pixels; a logo may have at most ${LOGO_MAX_PIXELS / 1_000_000} million pixels`);
  }
  let out: Buffer;
  try {
    out = await sharp(bytes, { limitInputPixels: LOGO_MAX_PIXELS, failOn: "error" })
      .rotate()
      .resize({ ...STORED_BOX, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
  } catch {
    throw invalid("the image is damaged or uses an unsupported PNG/JPEG variant");
  }
  if (!embeddableImage(out)) throw invalid("the image is damaged or uses an unsupported PNG/JPEG variant");
  return { bytes: out, type: "image/png" };
}
