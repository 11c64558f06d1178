import { AppError } from "@/lib/errors";
import { embeddableImage } from "@/lib/pdf/image-check";
import { sniffType } from "./sniff";

export const LOGO_MAX_BYTES = 512 * 1024;

/** A logo the PDF can carry: PNG or JPEG by its bytes, and decodable; else a 400 naming `file`. */
export function logoType(bytes: Buffer): "image/png" | "image/jpeg" {
  const type = sniffType(bytes);
  if (type !== "image/png" && type !== "image/jpeg") throw AppError.validation([{ field: "file", message: "the logo must be a PNG or JPEG image" }]);
  if (!embeddableImage(bytes)) throw AppError.validation([{ field: "file", message: "the image is damaged or uses an unsupported PNG/JPEG variant" }]);
  return type;
}
