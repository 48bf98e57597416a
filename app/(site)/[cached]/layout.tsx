// The cache segment. next.config.ts rewrites every public path to /cached/...; returning no params
// here makes each page render on its first request and then come from the cache, so the build
// bakes in no database content.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default function CachedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
