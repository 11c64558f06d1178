export const DOWNLOAD_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

/** A file answer: the ASCII fallback name plus the UTF-8 one (RFC 6266 / 5987) for Chinese names. */
export function fileResponse(data: Buffer, contentType: string, fileName: string, fallbackName: string): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(data.length),
      "Content-Disposition": `attachment; filename="${fallbackName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
      // Uploaded files are served as downloads that can never run as a page of ours, nor be framed
      // (next.config.js leaves these paths' CSP to this header).
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": DOWNLOAD_CSP,
    },
  });
}
