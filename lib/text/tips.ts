/** The stored joining tips: one per line, each a line of markdown; blank lines are no tip. */
export function tipsOf(joinTips: string): string[] {
  return joinTips.split("\n").filter((tip) => tip.trim() !== "");
}
