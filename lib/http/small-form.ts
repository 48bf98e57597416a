/**
 * The fields of a small url-encoded form post, read no further than `maxBytes`: null when the
 * body is larger, of another type or unreadable. A form of a few hidden fields never needs more.
 */
export async function readSmallForm(request: Request, maxBytes = 2048): Promise<URLSearchParams | null> {
  if (!request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") || !request.body) return null;
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return null;
      }
      parts.push(read.value);
    }
  } catch {
    return null;
  }
  return new URLSearchParams(Buffer.concat(parts).toString("utf8"));
}
