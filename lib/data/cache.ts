import "server-only";
import { unstable_cache } from "next/cache";
import { env } from "../env";

/** Every public content query carries this tag; organisers' edits revalidate it. */
export const CONTENT_TAG = "content";

/**
 * Caches a query's plain-JSON result for REVALIDATE_SECONDS. Pages that use it are regenerated
 * on the same interval, so no public page is older than that (see next.config.ts).
 */
export function cachedQuery<Args extends unknown[], Result>(
  key: string,
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return (...args) =>
    unstable_cache(query, [key], { tags: [CONTENT_TAG], revalidate: env().REVALIDATE_SECONDS })(
      ...args,
    );
}
