import { inflateRawSync } from "node:zlib";

/** Reads a zip archive back through its central directory, as unzip tools do (tests only). */
export function unzipEntries(archive: Buffer): { name: string; data: Buffer; crc: number }[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory");
  let p = archive.readUInt32LE(end + 16);
  return Array.from({ length: archive.readUInt16LE(end + 10) }, () => {
    if (archive.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = archive.readUInt16LE(p + 10);
    const crc = archive.readUInt32LE(p + 16);
    const size = archive.readUInt32LE(p + 20);
    const nameLength = archive.readUInt16LE(p + 28);
    const local = archive.readUInt32LE(p + 42);
    const name = archive.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    const start = local + 30 + archive.readUInt16LE(local + 26);
    p += 46 + nameLength;
    const raw = archive.subarray(start, start + size);
    return { name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw), crc };
  });
}
