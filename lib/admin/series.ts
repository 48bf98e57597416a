import "server-only";
import type { Db } from "../db";
import { currentSeriesId, MAX_SESSIONS, stateOf } from "../series/state";
import { addAmsterdamWeeks } from "../time";
import { inTransaction } from "../transaction";
import { audit } from "./audit";

// Next year's series starts as a copy of this one: a draft that nobody sees until it is published.

type Organiser = { id: string };

export const MAX_WEEKS = 260;

export type CopyResult = { ok: true; id: string } | { ok: false; error: string };

const shift = (instant: Date | null, weeks: number) => (instant === null ? null : addAmsterdamWeeks(instant, weeks));

/**
 * Copies a series with every date `weeks` weeks later, at the same Amsterdam wall-clock time, so
 * 13.30 stays 13.30 across a change to or from summer time. Teams links are not copied: each
 * session gets a new meeting. Nothing about people is copied.
 */
export async function copySeries(db: Db, organiser: Organiser, sourceId: string, weeks: number, now: Date): Promise<CopyResult> {
  return inTransaction(db, async (tx): Promise<CopyResult> => {
    const source = await tx.series.findUnique({
      where: { id: sourceId },
      include: { sessions: { orderBy: [{ position: "asc" }, { number: "asc" }], take: MAX_SESSIONS } },
    });
    if (!source) return { ok: false, error: "Deze reeks bestaat niet (meer). Er is niets gekopieerd." };
    const { title, intro, expectations, howItWorks, joinTips, partnership, free, sessions } = source;
    const copy = await tx.series.create({
      data: {
        ...{ title, intro, expectations, howItWorks, joinTips, partnership, free },
        slug: `${source.slug.replace(/-\d{13}$/, "")}-${now.getTime()}`,
        registrationOpensAt: shift(source.registrationOpensAt, weeks),
        registrationClosesAt: shift(source.registrationClosesAt, weeks),
        publishedAt: null,
        sessions: {
          create: sessions.map((session) => ({
            number: session.number,
            position: session.position,
            phase: session.phase,
            title: session.title,
            summary: session.summary,
            description: session.description,
            speakerName: session.speakerName,
            speakerRole: session.speakerRole,
            speakerOrganisation: session.speakerOrganisation,
            capacity: session.capacity,
            startsAt: addAmsterdamWeeks(session.startsAt, weeks),
            endsAt: addAmsterdamWeeks(session.endsAt, weeks),
          })),
        },
      },
      select: { id: true },
    });
    await audit(tx, { action: "series-copied", organiserId: organiser.id, detail: { from: source.title, weeks } });
    return { ok: true, id: copy.id };
  });
}

export const WEEKS_ERROR = `Vul een heel aantal weken in, van 1 tot en met ${MAX_WEEKS}. Een jaar later is 52 weken.`;

export const PUBLISH_REFUSALS = {
  gone: "Deze reeks bestaat niet (meer).",
  published: "Deze reeks is al gepubliceerd. Er is niets gewijzigd.",
  empty: "Deze reeks heeft nog geen sessies. Voeg eerst een sessie toe.",
} as const;

export type PublishResult = { ok: true } | { ok: false; reason: keyof typeof PUBLISH_REFUSALS };

/** Makes a draft the public series; the one public until now becomes past, read-only. */
export async function publishSeries(db: Db, organiser: Organiser, seriesId: string, now: Date): Promise<PublishResult> {
  return inTransaction(db, async (tx): Promise<PublishResult> => {
    const series = await tx.series.findUnique({ where: { id: seriesId }, select: { id: true, title: true, publishedAt: true, _count: { select: { sessions: true } } } });
    if (!series) return { ok: false, reason: "gone" };
    if (stateOf(series, await currentSeriesId(tx)) !== "draft") return { ok: false, reason: "published" };
    if (series._count.sessions === 0) return { ok: false, reason: "empty" };
    await tx.series.update({ where: { id: seriesId }, data: { publishedAt: now } });
    await audit(tx, { action: "series-published", organiserId: organiser.id, detail: { title: series.title } });
    return { ok: true };
  });
}
