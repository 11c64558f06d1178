/**
 * What a .zip (an .xlsx is one) would take once inflated, read from its central directory before
 * anything is inflated: exceljs inflates every entry whole (all sheets, images), outside any heap
 * limit, so a small file can ask for gigabytes. Sizes are as the archive declares them; a liar is
 * caught by the inflater's own bounds only after this check let it through, so the limits are tight.
 * Pure (Uint8Array in, numbers out).
 */

export interface ZipTotals {
  entries: number;
  uncompressedBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The declared totals, or null when the central directory cannot be read (not a zip, or ZIP64). */
export function zipTotals(bytes: Uint8Array): ZipTotals | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
  const lowest = Math.max(0, bytes.byteLength - 22 - 65_535);
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= lowest; i--)
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset >= bytes.byteLength) return null;
  let at = offset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries: count, uncompressedBytes: total };
}
