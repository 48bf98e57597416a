import "server-only";
import type { Db } from "../db";

export type ProjectPage = {
  title: string;
  intro: string;
  startsOn: Date;
  endsOn: Date;
  partnerCountries: string[];
  funding: string;
  sections: { slug: string; level: number; heading: string; body: string }[];
  researchers: { name: string; role: string; groups: string[] }[];
};

/** The project page as stored; JSON-safe for the cache, read back with toProjectPage. */
export function queryProjectPage(db: Db) {
  return db.projectPage.findFirst({
    select: {
      title: true,
      intro: true,
      startsOn: true,
      endsOn: true,
      partnerCountries: true,
      funding: true,
      sections: {
        select: { slug: true, level: true, heading: true, body: true },
        orderBy: { position: "asc" },
      },
      researchers: { select: { name: true, role: true, groups: true }, orderBy: { position: "asc" } },
    },
  });
}

export function toProjectPage(page: NonNullable<Awaited<ReturnType<typeof queryProjectPage>>>): ProjectPage {
  return {
    ...page,
    startsOn: new Date(page.startsOn),
    endsOn: new Date(page.endsOn),
    partnerCountries: page.partnerCountries.split("\n").filter(Boolean),
    researchers: page.researchers.map((r) => ({ ...r, groups: r.groups.split("\n").filter(Boolean) })),
  };
}
