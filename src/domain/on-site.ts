// "I'm in the ER right now" is true when it is written; hours later the writer has gone home, and a team walking
// over would find nobody. Past this window a post no longer marks its case as someone in the building: long enough
// for an emergency visit or a day on a ward, and someone who stays longer tends to write again.
export const ON_SITE_HOURS = 12;

export function stillOnSite(postedAt: Date, now: Date): boolean {
  return now.getTime() - postedAt.getTime() < ON_SITE_HOURS * 3_600_000;
}

/** The moment before which a "now" post no longer counts as someone in the building. */
export function onSiteSince(now: Date): Date {
  return new Date(now.getTime() - ON_SITE_HOURS * 3_600_000);
}
