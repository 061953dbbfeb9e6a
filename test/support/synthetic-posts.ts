// Fictional posts in bulk for reliability tests and benchmarks: a deterministic mix of complaints, praise and
// chatter about Juniper Hollow Hospital (test/support/tiny-org.yaml), every one with its own author unless asked.
const COMPLAINTS = [
  'Waited four hours in the Juniper Hollow Hospital emergency room and nobody told us anything. Terrible.',
  'The billing office at Juniper Hospital sent me to collections for a bill I already paid. Unacceptable.',
  'Rude front desk at Juniper Hollow, they hung up on my mother twice. Very disappointed.',
  'Parking at Juniper Hospital is a disaster and the valet lost my keys. Worst experience.',
];
const OTHER = [
  'Thank you to the wonderful nurses at Juniper Hollow Hospital, they were so kind to my dad.',
  'Does anyone know what time the Juniper Hospital cafeteria opens on Sundays?',
  'Beautiful sunset over the hollow tonight.',
];

export interface SyntheticOptions {
  /** Prefix of external ids, so several sets can live in one database. */
  prefix?: string;
  /** Authors are reused every `authors` posts (default: one author per post). */
  authors?: number;
  /** Every `complaintEvery`-th post is a complaint (default 2). */
  complaintEvery?: number;
  now?: Date;
}

export function syntheticPosts(count: number, options: SyntheticOptions = {}): Record<string, unknown>[] {
  const { prefix = 'syn', authors = count, complaintEvery = 2, now = new Date() } = options;
  return Array.from({ length: count }, (_, i) => {
    const complaint = i % complaintEvery === 0;
    const pool = complaint ? COMPLAINTS : OTHER;
    const author = i % authors;
    return {
      platform: 'google',
      externalId: `${prefix}-${i}`,
      author: { id: `${prefix}-author-${author}`, displayName: `Reviewer ${author}` },
      text: `${pool[i % pool.length]} (#${i})`,
      rating: complaint ? 1 : 5,
      createdAt: new Date(now.getTime() - (count - i) * 1000).toISOString(),
      listing: 'juniper-main',
    };
  });
}

export function toJsonl(posts: object[]): string {
  return posts.map((p) => JSON.stringify(p)).join('\n') + '\n';
}
