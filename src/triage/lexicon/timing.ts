// Timing cues: `now` when the author writes from inside an ongoing episode of care, `past` only when the post says it was long ago.
export const NOW_CUES = [
  'currently', 'right now', 'at the moment', 'at this moment', 'as i write', 'as we speak', 'while i write', 'writing this from', 'i am writing this',
  'sitting in', 'sitting here', 'i am in the', 'we are in the', 'i am at the', 'we are at the', 'i am still', 'we are still', 'still waiting', 'still sitting',
  'still here', 'still in the', 'been waiting', 'been here', 'been in the', 'been sitting', 'have been waiting since', 'since this morning', 'not over yet',
  'nobody has come', 'no one has come', 'no one has seen', 'nobody has seen', 'has not been seen', 'have not been seen', 'have not seen a doctor',
  'have not yet', 'is upstairs', 'is still in', 'is currently', 'is in the icu', 'is in intensive care', 'is being', 'am being', 'to be continued',
  'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'ongoing', 'still receiving', 'i sit at home', 'i still have not', 'we still have not',
  'still have not heard', 'i have an appointment at', 'there is a couple in front of me', 'in front of me',
  'ahora mismo', 'en este momento', 'actualmente', 'estoy en', 'estamos en', 'sigo esperando', 'seguimos esperando', 'llevo', 'llevamos', 'todavia',
  'aun no', 'hoy', 'esta manana', 'esta noche', 'esta tarde',
];

export const PAST_CUES = [
  'years ago', 'year ago', 'a few years ago', 'last year', 'decades ago', 'long ago', 'a long time ago', 'back in', 'many years', 'in the 90s', 'in the 80s',
  'when i was a child', 'when i was a kid', 'when i was little', 'as a child', 'hace anos', 'hace un ano', 'el ano pasado', 'hace mucho', 'cuando era nino',
  'cuando era nina',
];
