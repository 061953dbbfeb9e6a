// Timing cues: `now` when the author writes from inside an ongoing episode of care, `past` only when the post says it was long ago.
export const NOW_CUES = [
  'currently in', 'currently at', 'currently waiting', 'currently sitting', 'currently admitted', 'i am currently', 'we are currently', 'is currently in',
  'right now', 'at the moment', 'at this moment', 'as i write', 'as we speak', 'while i write', 'writing this from', 'i am writing this from',
  'sitting in', 'sitting here', 'i am in the', 'we are in the', 'i am still waiting', 'we are still waiting', 'still waiting', 'still sitting',
  'still here', 'still in the er', 'still in the emergency', 'still in the waiting', 'been waiting', 'been here since', 'been in the emergency', 'been in the er',
  'been sitting', 'since this morning', 'not over yet', 'nobody has come', 'no one has come', 'no one has seen', 'nobody has seen', 'no one has been',
  'nobody has been', 'has not been seen', 'have not been seen', 'have not seen a doctor', 'is upstairs', 'is still in', 'is in the icu',
  'is in intensive care', 'to be continued', 'ongoing treatment', 'ongoing care', 'still receiving', 'i sit at home', 'still have not heard',
  'i have an appointment at', 'in front of me',
  // an inpatient stay still going on: where the patient lies, a call bell unanswered, a discharge about to happen
  'is on the .. floor', 'are on the .. floor', 'is in room', 'nobody is coming', 'no one is coming', 'nobody is answering', 'no one is answering',
  'nobody is helping', 'no one is helping', 'pressed the call button .. times', 'been pressing the call', 'discharging him today', 'discharging her today',
  'discharging me today', 'discharge him today', 'discharge her today', 'before they send him home', 'before they send her home', 'before they discharge',
  // a wait measured so far, or still without what it waits for: "here since 6am", "four hours and counting", "still no doctor"
  'been here for', 'been here .. hours', 'been in the .. since', 'been at the .. since', 'been in the .. for', 'been sitting in', 'been stuck in', 'and counting',
  'still no doctor', 'still no nurse', 'still no diagnosis', 'still not been seen', 'still have not been seen', 'still has not been seen',
  'still not seen', 'still in the hospital', 'still in hospital', 'still in the waiting room', 'day .. in the hospital', 'day .. in hospital', 'night .. in the hospital',
  'lleva .. horas', 'lleva .. dias', 'llevo .. dias', 'llevamos .. dias', 'llevo desde', 'llevamos desde', 'esperando desde', 'seguimos sin', 'sigo sin', 'todavia no nos',
  'todavia no me', 'aun no nos', 'aun no me',
  'ahora mismo', 'en este momento', 'actualmente en', 'estoy en urgencias', 'estoy en el hospital', 'estamos en urgencias', 'estamos en el hospital',
  'sigo esperando', 'seguimos esperando', 'llevo .. horas', 'llevamos .. horas', 'todavia esperando', 'aun esperando', 'nadie nos ha atendido',
  'nadie me ha atendido', 'sigue ingresado', 'sigue ingresada', 'esta ingresado', 'esta ingresada',
];

export const PAST_CUES = [
  'years ago', 'year ago', 'a few years ago', 'last year', 'decades ago', 'long ago', 'a long time ago', 'in the 90s', 'in the 80s',
  'when i was a child', 'when i was a kid', 'when i was little', 'as a child', 'hace anos', 'hace un ano', 'el ano pasado', 'hace mucho', 'cuando era nino',
  'cuando era nina',
];

/**
 * Times that are over: a wait set at one of them is a story told afterwards ("I was in the ER for 5 hours last month").
 * Not "yesterday", "ago" or "hace": "came in two hours ago and still no doctor" is still going on.
 */
export const FINISHED_TIME = [
  'last week', 'last month', 'last weekend', 'last time', 'last summer', 'last winter', 'last spring', 'last fall', 'last autumn', 'the other day',
  'la semana pasada', 'el mes pasado', 'la otra vez', 'el otro dia',
];

/** The stay is over by the end of the story: "... and still no doctor, so we left". */
export const STAY_ENDED = [
  'we left', 'i left', 'so we left', 'we walked out', 'i walked out', 'we went home', 'i went home', 'we finally left', 'got home', 'got back home',
  'nos fuimos', 'me fui', 'nos marchamos', 'me marche', 'llegamos a casa', 'llegue a casa',
];
