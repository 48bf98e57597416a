import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { isEmpty, seedContent } from "@/prisma/seed/index";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(() => dispose());

describe("the seed", () => {
  it("loads the four June sessions with their speakers, 13.30–14.30 Amsterdam time", async () => {
    expect(await isEmpty(db)).toBe(true);
    await seedContent(db, 2027);
    expect(await isEmpty(db)).toBe(false);

    const sessions = await db.session.findMany({ orderBy: { number: "asc" } });
    expect(sessions.map((s) => [s.number, s.phase, s.speakerName])).toEqual([
      [1, "initiëren", "Nynke Joustra"],
      [2, "ontwerpen", "Jessica Dijkman"],
      [3, "uitvoeren", "Nico Ooms"],
      [4, "evalueren", "Karin Sok"],
    ]);
    expect(sessions.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ["2027-06-04T11:30:00.000Z", "2027-06-04T12:30:00.000Z"],
      ["2027-06-11T11:30:00.000Z", "2027-06-11T12:30:00.000Z"],
      ["2027-06-18T11:30:00.000Z", "2027-06-18T12:30:00.000Z"],
      ["2027-06-25T11:30:00.000Z", "2027-06-25T12:30:00.000Z"],
    ]);
  });

  it("invents nothing: fields the client's texts leave empty stay empty", async () => {
    await seedContent(db, 2027);
    const sessions = await db.session.findMany({ orderBy: { number: "asc" } });
    expect(sessions.every((s) => s.summary === null && s.teamsUrl === null && s.capacity === null)).toBe(true);
    expect(sessions[3]).toMatchObject({ speakerName: "Karin Sok", speakerRole: null, speakerOrganisation: "Movisie" });
    const texts = [
      ...sessions.map((s) => s.description),
      ...(await db.projectSection.findMany()).map((s) => s.body),
    ].join("\n");
    expect(texts).not.toMatch(/https?:\/\//);
  });

  it("loads the project page: pilots, researchers, ten partner countries, duration and funding", async () => {
    await seedContent(db, 2027);
    const page = await db.projectPage.findUniqueOrThrow({
      where: { id: "cosie" },
      include: { sections: { orderBy: { position: "asc" } }, researchers: { orderBy: { position: "asc" } } },
    });
    expect(page.sections.map((s) => s.slug)).toEqual([
      "doel",
      "resultaten",
      "aanpak",
      "pilot-nieuwegein",
      "pilot-houten",
      "samenwerking",
    ]);
    expect(page.researchers.map((r) => r.name)).toEqual([
      "Eva Hijmans",
      "Joep Binkhorst",
      "Jean-Pierre Wilken",
      "Sandra Geelhoed",
    ]);
    expect(page.partnerCountries.split("\n")).toHaveLength(10);
    expect(page.startsOn.toISOString()).toBe("2017-11-30T23:00:00.000Z");
    expect(page.endsOn.toISOString()).toBe("2021-03-31T22:00:00.000Z");
    expect(page.funding).toContain("Europese Commissie");
  });

  it("never overwrites what organisers edited, and adds back only what is missing", async () => {
    await seedContent(db, 2027);
    await db.session.update({ where: { seriesId_number: await firstSessionKey() }, data: { title: "Eigen titel", capacity: 40 } });
    await db.session.deleteMany({ where: { number: 4 } });
    await db.series.updateMany({ data: { intro: "Aangepaste intro" } });

    await seedContent(db, 2028);

    const sessions = await db.session.findMany({ orderBy: { number: "asc" } });
    expect(sessions).toHaveLength(4);
    expect(sessions[0]).toMatchObject({ title: "Eigen titel", capacity: 40 });
    expect(sessions[0].startsAt.toISOString()).toBe("2027-06-04T11:30:00.000Z");
    expect(sessions[3].startsAt.toISOString()).toBe("2028-06-25T11:30:00.000Z");
    expect((await db.series.findFirstOrThrow()).intro).toBe("Aangepaste intro");
    expect(await db.series.count()).toBe(1);
  });
});

async function firstSessionKey() {
  const series = await db.series.findFirstOrThrow({ select: { id: true } });
  return { seriesId: series.id, number: 1 };
}
