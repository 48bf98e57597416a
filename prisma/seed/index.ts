import type { PrismaClient } from "../../lib/generated/prisma/client";
import { amsterdamInstant } from "../../lib/time";
import { projectPage, projectSections, researchers } from "./project";
import { series, sessions } from "./series";

/**
 * Inserts whatever of the client's content is missing. Existing rows are never updated,
 * so organisers' edits survive every run.
 */
export async function seedContent(db: PrismaClient, year: number): Promise<void> {
  const { id: seriesId } = await db.series.upsert({
    where: { slug: series.slug },
    // The client's own series is public from the start.
    create: { ...series, publishedAt: new Date() },
    update: {},
    select: { id: true },
  });
  for (const { juneDay, ...session } of sessions) {
    await db.session.upsert({
      where: { seriesId_number: { seriesId, number: session.number } },
      create: {
        ...session,
        position: session.number,
        seriesId,
        startsAt: amsterdamInstant(year, 6, juneDay, 13, 30),
        endsAt: amsterdamInstant(year, 6, juneDay, 14, 30),
      },
      update: {},
    });
  }

  const { starts, ends, ...page } = projectPage;
  await db.projectPage.upsert({
    where: { id: page.id },
    create: {
      ...page,
      startsOn: amsterdamInstant(starts.year, starts.month, starts.day),
      endsOn: amsterdamInstant(ends.year, ends.month, ends.day),
    },
    update: {},
  });
  for (const [position, section] of projectSections.entries()) {
    await db.projectSection.upsert({
      where: { pageId_slug: { pageId: page.id, slug: section.slug } },
      create: { ...section, position, pageId: page.id },
      update: {},
    });
  }
  for (const [position, { groups, ...researcher }] of researchers.entries()) {
    await db.researcher.upsert({
      where: { pageId_name: { pageId: page.id, name: researcher.name } },
      create: { ...researcher, groups: groups.join("\n"), position, pageId: page.id },
      update: {},
    });
  }
}

/** True when the database holds no series yet, as on a first start. */
export async function isEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.series.count()) === 0;
}
