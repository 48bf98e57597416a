// The answers of the download routes: a file, or a short plain-text refusal. Never cached by a
// shared cache unless said so: the organisers' files hold personal data.

export const plainText = (status: number, text: string) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** A file to save, under the name the server chose. */
export function fileDownload(
  body: BodyInit,
  { filename, contentType, cacheControl = "no-store" }: { filename: string; contentType: string; cacheControl?: string },
): Response {
  return new Response(body, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${filename}"`, "cache-control": cacheControl },
  });
}

export const csvDownload = (download: { filename: string; stream: ReadableStream<Uint8Array> }) =>
  fileDownload(download.stream, { filename: download.filename, contentType: "text/csv; charset=utf-8" });

export const calendarDownload = (file: { filename: string; content: string }, cacheControl: string) =>
  fileDownload(file.content, { filename: file.filename, contentType: "text/calendar; charset=utf-8", cacheControl });
