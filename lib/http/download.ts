/** A file answer: the ASCII fallback name plus the UTF-8 one (RFC 6266 / 5987) for Chinese names. */
export function fileResponse(data: Buffer, contentType: string, fileName: string, fallbackName: string): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(data.length),
      "Content-Disposition": `attachment; filename="${fallbackName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
