// Shouting and piled-up punctuation ("NOT AGAIN", "really??", "!!!"). Alone they only mean excitement, which
// is as often joy as anger; next to a grievance they say the writer is fed up, so they amplify, never invent.

/** Two or more words of three capital letters or more: shouting rather than one acronym. */
const SHOUTING = /\b[A-Z]{3,}\b[^a-z]*\b[A-Z]{3,}\b/;
/** "!!", "??", "?!": the writer insists. */
const INSISTING = /[!?]{2,}/;

export function emphatic(text: string): boolean {
  return SHOUTING.test(text) || INSISTING.test(text);
}
