import { createElement, type ComponentType } from "react";
import { describe, expect, it } from "vitest";
import AlertEmail from "@/emails/alert";
import CancellationEmail, { type CancellationEmailProps } from "@/emails/cancellation";
import ConfirmationEmail, { confirmationSubject, type ConfirmationEmailProps } from "@/emails/confirmation";
import FollowUpEmail, { type FollowUpEmailProps } from "@/emails/follow-up";
import ManageLinkEmail from "@/emails/manage-link";
import MessageEmail from "@/emails/message";
import MovedUpEmail, { type MovedUpEmailProps } from "@/emails/moved-up";
import OrganiserLinkEmail, { organiserLinkSubject } from "@/emails/organiser-link";
import StartingSoonEmail from "@/emails/starting-soon";
import TeamsLinkEmail, { type TeamsLinkEmailProps } from "@/emails/teams-link";
import TimeChangeEmail from "@/emails/time-change";
import type { MailSession } from "@/emails/types";
import { renderMail } from "@/lib/mail/render";

const base = {
  subject: "Een onderwerp",
  name: "Joep Binkhorst",
  manageUrl: "https://aanmelden.example.nl/aanmelding/t0k3n-abc",
  contactEmail: "vragen@example.nl",
};

const session = (over: Partial<MailSession>): MailSession => ({
  title: "Hoe start je een co-creatie-initiatief?",
  when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
  status: "confirmed",
  linkTiming: "by-deadline",
  ...over,
});

const render = <P extends object>(component: ComponentType<P>, props: P) =>
  renderMail(createElement(component, props));

const linkInADay =
  "Uiterlijk een dag voor de sessie krijg je een mail met de link naar Microsoft Teams.";
const linkSoon = "De link naar Teams krijg je binnen een paar minuten in een aparte mail.";
const waitlistNote = "Komt er een plek vrij? Dan krijg je een mail.";

describe("every template", () => {
  // Every mail a person can get while their sign-up runs carries the manage link.
  const managed = [
    ["confirmation", ConfirmationEmail],
    ["cancellation", CancellationEmail],
    ["moved-up", MovedUpEmail],
    ["manage-link", ManageLinkEmail],
    ["teams-link", TeamsLinkEmail],
    ["starting-soon", StartingSoonEmail],
    ["time-change", TimeChangeEmail],
    ["message", MessageEmail],
  ] as const;
  // The follow-up comes after the session, when the series may have ended and the manage link with it.
  const templates = [...managed, ["follow-up", FollowUpEmail]] as const;

  it.each(templates)("%s has its subject as its title, and a preheader that adds to the subject", async (_, template) => {
    const { html } = await render(template as ComponentType<object>, template.PreviewProps);
    const { subject } = template.PreviewProps;
    expect(html).toContain(`<title>${subject.replaceAll("‘", "‘")}</title>`);
    // React Email's Preview is the first hidden block of the body.
    const preheader = /<div[^>]*display:none[^>]*>([^<]*)/.exec(html)?.[1].trim();
    expect(preheader).toBeTruthy();
    expect(preheader).not.toBe(subject);
    expect(subject.startsWith(preheader!)).toBe(false);
    expect(preheader!.startsWith(subject)).toBe(false);
  });

  it.each(templates)(
    "%s renders its preview props as Dutch HTML with a plain-text part",
    async (_, template) => {
      const { html, text } = await render(template as ComponentType<object>, template.PreviewProps);
      expect(html).toContain('lang="nl"');
      expect(html).toContain("<h1");
      expect(text).toContain("Hallo Sanne de Vries,");
      expect(text).toContain("Hogeschool Utrecht, project CoSIE");
      expect(text).not.toContain("<");
    },
  );

  it.each(managed)(
    "%s puts the personal manage link and contact address in both parts",
    async (_, template) => {
      const { html, text } = await render(template as ComponentType<object>, {
        ...template.PreviewProps,
        ...base,
      });
      expect(html).toContain(`href="${base.manageUrl}"`);
      expect(text).toContain(base.manageUrl);
      expect(text).toContain("Deze link is alleen voor jou");
      expect(html).toContain(`href="mailto:${base.contactEmail}"`);
      expect(text).toContain(base.contactEmail);
    },
  );
});

describe("an organiser's password link", () => {
  it.each(["invite", "reset"] as const)("%s carries the link in both parts, says until when it works, and names no manage link", async (purpose) => {
    const props = { ...OrganiserLinkEmail.PreviewProps, purpose, subject: organiserLinkSubject(purpose) };
    const { html, text } = await render(OrganiserLinkEmail, props);
    expect(html).toContain(`<title>${props.subject}</title>`);
    expect(html).toContain(`href="${props.url}"`);
    expect(text).toContain(props.url);
    expect(text).toContain(`De link werkt tot ${props.validUntil} uur, en maar één keer.`);
    expect(text).toContain(props.email);
    expect(text).not.toContain("/mijn-aanmelding/");
    expect(text).not.toContain("<");
  });
});

describe("confirmation", () => {
  const eraseUrl = `${base.manageUrl}/verwijderen`;
  const props = (sessions: MailSession[], calendarFiles = sessions.some((s) => s.status === "confirmed")): ConfirmationEmailProps => ({
    ...base,
    eraseUrl,
    sessions,
    calendarFiles,
  });

  it("says 'wachtlijst' first, in the subject, the preheader and the heading, when it brings a place on the waiting list", async () => {
    const waiting = session({ status: "waitlisted" });
    expect(confirmationSubject([session({})])).toBe("Je aanmelding voor de online sessies over co-creatie");
    expect(confirmationSubject([waiting])).toBe("Wachtlijst voor de online sessie over co-creatie");
    expect(confirmationSubject([waiting, { ...waiting, title: "Tweede" }])).toBe("Wachtlijst voor 2 online sessies over co-creatie");
    expect(confirmationSubject([session({}), waiting])).toMatch(/^Wachtlijst voor 1 sessie en aangemeld voor 1 sessie:/);
    const { html, text } = await render(ConfirmationEmail, props([waiting]));
    expect(text.trim()).toMatch(/^Je staat op de wachtlijst/i);
    expect(html).toContain("Je staat op de wachtlijst voor 1 sessie. Met je persoonlijke link.");
    expect(html).toMatch(/<h1[^>]*>Je staat op de wachtlijst<\/h1>/);
    expect(text).toContain("Je staat op de wachtlijst voor:");
    expect(text).not.toContain("Bedankt voor je aanmelding");
  });

  it("says what to do if you did not sign up yourself, with one link to the step that deletes everything, in both parts", async () => {
    const { html, text } = await render(ConfirmationEmail, props([session({})]));
    for (const part of [html, text]) expect(part).toContain("Heb je je niet zelf aangemeld?");
    expect(html.split(`href="${eraseUrl}"`)).toHaveLength(2);
    expect(text.split(eraseUrl)).toHaveLength(2);
    expect(text).toMatch(/Heb je je niet zelf aangemeld\?\s+Dan heeft iemand anders je e-mailadres ingevuld/);
  });

  it("lists every session the address holds, each with its status", async () => {
    const { html, text } = await render(
      ConfirmationEmail,
      props([
        session({
          title: "Community reporting als co-creatiemethodiek",
          when: "vrijdag 11 juni 2027, 13.30–14.30 uur",
        }),
        session({
          title: "Co-creëren in de praktijk",
          when: "vrijdag 18 juni 2027, 13.30–14.30 uur",
          status: "waitlisted",
        }),
      ]),
    );
    // A place on the waiting list is no place: the mail says so before anything else.
    expect(text).toContain("Voor een of meer sessies sta je op de wachtlijst. Je aanmelding:");
    expect(text).not.toContain("Je bent aangemeld voor:");
    expect(text).toMatch(
      /Community reporting als co-creatiemethodiek\s+vrijdag 11 juni 2027, 13\.30–14\.30 uur\s+Status: aangemeld/,
    );
    expect(text).toMatch(
      /Co-creëren in de praktijk\s+vrijdag 18 juni 2027, 13\.30–14\.30 uur\s+Status: op de wachtlijst/,
    );
    expect(html).toContain("Co-creëren in de praktijk");
  });

  it("mentions the waiting list only when a session is waitlisted", async () => {
    const allIn = await render(
      ConfirmationEmail,
      props([session({}), session({ title: "Sessie 2" })]),
    );
    expect(allIn.text).not.toContain("wachtlijst");
    expect(allIn.text).not.toContain(waitlistNote);

    const waiting = await render(ConfirmationEmail, props([session({ status: "waitlisted" })]));
    expect(waiting.text).toContain(waitlistNote);
    expect(waiting.text).not.toContain(linkInADay);
  });

  it("says the Teams link comes a day ahead, or within minutes for a session that starts soon", async () => {
    const later = await render(ConfirmationEmail, props([session({})]));
    expect(later.text).toContain(linkInADay);
    expect(later.text).not.toContain(linkSoon);

    const soon = await render(ConfirmationEmail, props([session({ linkTiming: "within-minutes" })]));
    expect(soon.text).toContain(linkSoon);
    expect(soon.text).not.toContain(linkInADay);
  });

  it("mentions the calendar attachments only when there are any", async () => {
    const attachment = "In de bijlage vind je voor elke sessie";
    expect((await render(ConfirmationEmail, props([session({})]))).text).toContain(attachment);
    expect(
      (await render(ConfirmationEmail, props([session({ status: "waitlisted" })]))).text,
    ).not.toContain(attachment);
    // A place whose Teams-link mail was already queued got its calendar entry from that mail.
    expect((await render(ConfirmationEmail, props([session({})], false))).text).not.toContain(attachment);
  });
});

describe("moved up from the waiting list", () => {
  const props = (over: Partial<MailSession>): MovedUpEmailProps => ({
    ...base,
    session: session(over),
  });

  it("says a place came free, for which session, and asks to cancel if they cannot come", async () => {
    const { text } = await render(
      MovedUpEmail,
      props({ title: "Community reporting als co-creatiemethodiek" }),
    );
    expect(text).toContain("Er is een plek vrijgekomen");
    expect(text).toContain("Community reporting als co-creatiemethodiek");
    expect(text).toContain("Dan krijgt iemand anders je plek.");
    expect(text).toContain("agenda-afspraak");
  });

  it("follows the same Teams link timing rule", async () => {
    expect((await render(MovedUpEmail, props({}))).text).toContain(linkInADay);
    const soon = (await render(MovedUpEmail, props({ linkTiming: "within-minutes" }))).text;
    expect(soon).toContain(linkSoon);
    expect(soon).not.toContain(linkInADay);
  });
});

describe("teams link", () => {
  const teamsUrl =
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_XYZ@thread.v2/0?context=%7b%22Tid%22%7d";
  const tips = [
    "Gebruik je laptop of pc.",
    "Met Chrome of Edge hoef je niets te downloaden.",
    "Kies ‘deelnemen als gast’.",
    "Je naam is zichtbaar voor anderen.",
    "Zet je microfoon en camera uit.",
    "Stel vragen via de chat.",
  ];
  const joinUrl = "https://aanmelden.example.nl/deelnemen/cm0000000000000000000000a.mac";
  const props = (correction: boolean, moved = false): TeamsLinkEmailProps => ({
    ...base,
    session: {
      title: "Hoe start je een co-creatie-initiatief?",
      when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
    },
    joinUrl,
    teamsUrl,
    tips,
    correction,
    moved,
  });

  it("gives the personal join page as the button, and the Teams link itself in small print as a fallback", async () => {
    const { html, text } = await render(TeamsLinkEmail, props(false));
    const button = /<a[^>]*href="([^"]+)"[^>]*>(?:(?!<\/a>).)*Naar de sessie/s.exec(html);
    expect(button?.[1]).toBe(joinUrl);
    expect(html).toContain(`href="${teamsUrl}"`);
    expect(text).toContain(`Werkt de knop niet? Dan kun je ook rechtstreeks naar Teams, met deze link:\n${teamsUrl}`);
    expect(html.indexOf(joinUrl)).toBeLessThan(html.indexOf(teamsUrl));
  });

  it("says the session moved, for someone who signed up before the time changed", async () => {
    expect((await render(TeamsLinkEmail, props(false, true))).text).toContain("Let op: de sessie is verplaatst.");
    expect((await render(TeamsLinkEmail, props(false))).text).not.toContain("verplaatst");
  });

  it("lists all the joining tips", async () => {
    const { html, text } = await render(TeamsLinkEmail, props(false));
    for (const tip of tips) expect(text).toContain(`* ${tip}`);
    expect(html.match(/<li/g)).toHaveLength(tips.length);
  });
  it("says clearly that the link or time changed only in a correction", async () => {
    const first = await render(TeamsLinkEmail, props(false));
    expect(first.text).not.toMatch(/gewijzigd/i);

    const correction = await render(TeamsLinkEmail, props(true));
    expect(correction.html).toMatch(/<h1[^>]*>Let op: gewijzigd<\/h1>/);
    expect(correction.text).toContain("De mail die je eerder kreeg, klopt niet meer.");
    expect(correction.text).toContain("gewijzigde agenda-afspraak");
  });
});

describe("follow-up", () => {
  const props = (over: Partial<FollowUpEmailProps>): FollowUpEmailProps => ({ ...FollowUpEmail.PreviewProps, ...over });

  it("thanks someone who came, with the organisers' text, their links and the evaluation", async () => {
    const { html, text } = await render(FollowUpEmail, props({ next: null }));
    expect(text).toContain("Bedankt dat je meedeed");
    expect(text).toContain("In de opname kun je het interview");
    for (const link of FollowUpEmail.PreviewProps.links) expect(html).toContain(`href="${link.url}"`);
    expect(html).toContain(`href="${FollowUpEmail.PreviewProps.evaluationUrl}"`);
    expect(text).toContain("Dat kan tot vrijdag 18 juni 2027, 14.30 uur.");
  });

  it("tells someone who missed it what was shared, and which session they can still join", async () => {
    const { text } = await render(FollowUpEmail, props({ attended: false }));
    expect(text).toContain("WE HEBBEN JE GEMIST");
    expect(text).toContain("Wat je gemist hebt:");
    expect(text).toContain("Community reporting als co-creatiemethodiek");
    expect(text).toContain("https://sessies.example.nl/sessies/2");
  });

  it("shows the organisers' text as text, never as markup or links", async () => {
    const { html } = await render(FollowUpEmail, props({ text: "<b>vet</b> en <a href=\"https://x.example\">klik</a>" }));
    expect(html).toContain("&lt;b&gt;vet&lt;/b&gt;");
    expect(html).not.toContain('href="https://x.example"');
  });

});

describe("cancellation", () => {
  const props = (reason: CancellationEmailProps["reason"]): CancellationEmailProps => ({
    ...base,
    sessions: [
      {
        title: "Hoe start je een co-creatie-initiatief?",
        when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
      },
      {
        title: "Community reporting als co-creatiemethodiek",
        when: "vrijdag 11 juni 2027, 13.30–14.30 uur",
      },
    ],
    reason,
  });
  const one = (reason: CancellationEmailProps["reason"]) => ({ ...props(reason), sessions: props(reason).sessions.slice(0, 1) });

  it("lists the sessions, points to the attachment and to signing up again", async () => {
    const { text } = await render(CancellationEmail, props("self"));
    expect(text).toContain("Je bent niet meer aangemeld voor:");
    expect(text).toContain("Hoe start je een co-creatie-initiatief?");
    expect(text).toContain("Community reporting als co-creatiemethodiek");
    expect(text).toContain("bijlage");
    expect(text).toContain("opnieuw aan op de website: https://aanmelden.example.nl");
    expect(text).not.toMatch(/ga(at|an) (helaas )?niet door/);
    expect(text).not.toContain("organisator");
  });

  it("says the organisers called the session off, with an apology and the contact address", async () => {
    const { html, text } = await render(CancellationEmail, props("session-cancelled"));
    expect(html).toMatch(/<h1[^>]*>Sessies gaan niet door<\/h1>/);
    expect(text).toContain("De organisatoren hebben besloten dat deze sessies niet doorgaan. Sorry daarvoor.");
    expect(text).toContain(`Heb je een vraag hierover? Mail dan naar ${base.contactEmail}`);
    const single = await render(CancellationEmail, one("session-cancelled"));
    expect(single.html).toMatch(/<h1[^>]*>Sessie gaat niet door<\/h1>/);
    expect(single.text).toContain("besloten dat deze sessie niet doorgaat");
  });

  it("says the organisers cancelled the sign-up, that the session goes ahead, and whom to ask", async () => {
    const { html, text } = await render(CancellationEmail, one("organiser"));
    expect(html).toMatch(/<h1[^>]*>Je aanmelding is geannuleerd<\/h1>/);
    expect(text).toContain("De organisatoren van de online sessies hebben je aanmelding geannuleerd.");
    expect(text).toContain("De sessie zelf gaat wel door.");
    expect(text).toContain(`denk je dat dit niet klopt? Mail dan naar ${base.contactEmail}`);
    expect(html).toContain(`href="mailto:${base.contactEmail}"`);
    expect(text).not.toContain("Meld je dan opnieuw aan");
  });
});

describe("manage link", () => {
  it("gives the new link and says an unrequested mail can be ignored", async () => {
    const { html, text } = await render(ManageLinkEmail, { ...base, subject: "Je persoonlijke link" });
    expect(html).toContain(`href="${base.manageUrl}"`);
    expect(text).toContain("Je hebt een nieuwe link gevraagd");
    expect(text).toContain("Dan kun je deze mail negeren.");
  });
});

describe("an alert to the organisers", () => {
  const props = AlertEmail.PreviewProps;

  it("has its subject as its title, a preheader that says what to do, and the admin link in both parts", async () => {
    const { html, text } = await render(AlertEmail, props);
    expect(html).toContain(`<title>${props.subject}</title>`);
    expect(/<div[^>]*display:none[^>]*>([^<]*)/.exec(html)?.[1].trim()).toBe(props.preview);
    expect(html).toContain(`href="${props.action.href}"`);
    expect(text).toContain(props.action.href);
    for (const paragraph of props.paragraphs) expect(text).toContain(paragraph);
    expect(text).not.toContain("<");
  });

  it("carries no personal manage link: organisers have none", async () => {
    const { text } = await render(AlertEmail, props);
    expect(text).not.toContain("Deze link is alleen voor jou");
    expect(text).toContain(props.reason);
  });

  it("lists the summary's counts when there are any", async () => {
    const { html, text } = await render(AlertEmail, { ...props, items: ["Sessie A: 2 nieuwe aanmeldingen, 1 afmelding"] });
    expect(html).toContain("<li");
    expect(text).toContain("Sessie A: 2 nieuwe aanmeldingen, 1 afmelding");
  });
});
