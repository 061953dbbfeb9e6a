// Our grounds: the garage, the café, the elevators. Any visitor meets them, so a detail about them (the day the gate
// broke, a parking rate, the call button on a pay station) ties the reader to a place, not to a record of care.
import { sentenceAround } from './match.js';

export const AMENITY = /(?<![\p{L}])(?:parking|park|garages?|(?:the|our)\s+(?:parking\s+)?lots?|valet|gate(?:\s+arm)?|shuttle|pay\s+(?:stations?|machines?)|ticket\s+machines?|kiosks?|café|cafe|cafeteria|food\s+court|coffee\s+(?:shop|cart)|gift\s+shop|vending|elevators?|wi-?fi|estacionamiento|cafetería)(?![\p{L}])/iu;

// "If a machine gives you trouble, press the call button and our parking team will help": a pay station's or an
// elevator's call button, where a patient's bedside one would confirm their stay.
const CALL_BUTTON = /^(?:the\s+)?call\s+(?:button|light|bell)$/iu;

export function groundsCallButton(draft: string, hit: { start: number; end: number }): boolean {
  return CALL_BUTTON.test(draft.slice(hit.start, hit.end).trim()) && AMENITY.test(sentenceAround(draft, hit.start, hit.end).text);
}
