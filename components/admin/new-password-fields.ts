/** The new password and its repeat: the same in changing one's own password and behind a link. */
export const NEW_PASSWORD_FIELDS = [
  {
    name: "next",
    label: "Nieuw wachtwoord",
    autoComplete: "new-password",
    hint: "Minstens 12 tekens, geen veelgebruikt wachtwoord. Een zin van een paar woorden werkt goed.",
  },
  { name: "repeat", label: "Nieuw wachtwoord nog een keer", autoComplete: "new-password" },
] as const;
