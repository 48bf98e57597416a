import Database from "better-sqlite3";
import { formatSessionTime } from "../../lib/time";
import { E2E_DATABASE, E2E_REVALIDATE_SECONDS } from "../playwright.config";
import { expect, test } from "./support";

// The adapter stores instants as ISO text with an explicit offset.
const stored = (instant: Date) => instant.toISOString().replace("Z", "+00:00");

test("a title or time changed in the database shows within REVALIDATE_SECONDS, without a rebuild", async ({ page }) => {
  const db = new Database(E2E_DATABASE);
  const original = db.prepare("SELECT title, startsAt, endsAt FROM Session WHERE number = 2").get() as {
    title: string;
    startsAt: string;
    endsAt: string;
  };
  try {
    await page.goto("/");
    await expect(page.getByRole("link", { name: original.title })).toBeVisible();
    const cached = await page.request.get("/");
    expect(cached.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE|REVALIDATED|MISS/);

    const later = (iso: string) => new Date(new Date(iso).getTime() + 60 * 60 * 1000);
    const [startsAt, endsAt] = [later(original.startsAt), later(original.endsAt)];
    db.prepare("UPDATE Session SET title = ?, startsAt = ?, endsAt = ? WHERE number = 2").run(
      "Community reporting, nu een uur later",
      stored(startsAt),
      stored(endsAt),
    );
    const changedAt = Date.now();

    await expect(async () => {
      await page.goto("/");
      await expect(page.getByRole("link", { name: "Community reporting, nu een uur later" })).toBeVisible({ timeout: 100 });
    }).toPass({ intervals: [200], timeout: (E2E_REVALIDATE_SECONDS + 3) * 1000 });
    expect(Date.now() - changedAt).toBeLessThanOrEqual((E2E_REVALIDATE_SECONDS + 1) * 1000);
    await expect(page.getByText(formatSessionTime(startsAt, endsAt))).toBeVisible();

    // A page served after the interval is never the stale one.
    await page.waitForTimeout(E2E_REVALIDATE_SECONDS * 1000 + 200);
    await page.goto("/sessies/2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Community reporting, nu een uur later");
  } finally {
    db.prepare("UPDATE Session SET title = ?, startsAt = ?, endsAt = ? WHERE number = 2").run(
      original.title,
      original.startsAt,
      original.endsAt,
    );
    db.close();
  }
});

test("public pages are served from the cache, not rendered per request", async ({ request }) => {
  await request.get("/project");
  const again = await request.get("/project");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(again.headers()["cache-control"]).toContain(`s-maxage=${E2E_REVALIDATE_SECONDS}`);
});
