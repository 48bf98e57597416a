import { ensureBuild } from "./site-process";

// The site's tests run in parallel workers: build once, before any of them, never twice at a time.
export default async function setup() {
  await ensureBuild();
}
