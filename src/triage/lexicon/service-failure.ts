// Reports of a service that failed, in any trade: the everyday way people complain to a company
// ("still not fixed", "no reply", "charged twice"). Weighed like negative words.
export const SERVICE_FAILURE: Record<string, number> = {
  'not working': 2, 'stopped working': 3, 'not work': 2, 'does not work': 2, 'will not work': 2, 'will not let': 2, 'not letting me': 2, 'will not load': 2,
  'not load': 2, 'will not open': 2, 'will not install': 2, 'would not let': 2, 'keeps crashing': 3, crash: 2, crashed: 2, crashes: 2, crashing: 2, glitch: 2, glitches: 2,
  bug: 1, bugs: 1, error: 1, 'error message': 2, outage: 2, 'is down': 2, 'are down': 2, 'went down': 2, 'lost power': 2, 'no power': 2, 'out of service': 2,
  offline: 1, 'went dead': 2, 'goes dead': 2, 'broke after': 3, broke: 2, 'fell apart': 3, defective: 3, 'messed up': 2, 'screwed up': 3, 'mix up': 2, mixup: 2,
  'still not': 2, 'still no': 2, 'still have not': 3, 'still has not': 3, 'still can not': 3, 'still waiting': 3, 'still broken': 3, 'yet to receive': 3, 'yet to hear': 3,
  'not arrived': 3, 'never arrived': 3, 'never came': 2, 'never showed': 3, 'not shipped': 3, 'never received': 3, 'not received': 2, 'did not receive': 3, 'not receive': 2,
  'no reply': 3, 'no response': 3, 'not getting any': 2, 'any response': 1, 'any reply': 1, 'no answer': 2, 'not answering': 3, 'never answer': 3, 'nobody answers': 3,
  'hold music': 2, 'on hold': 2, 'been on hold': 3, 'waiting on a call back': 3, 'waiting for a call back': 3, 'no call back': 3, 'call me back': 1,
  'charged twice': 3, 'charged me twice': 3, 'double charged': 3, 'charging me': 2, 'charged me': 2, 'overcharged': 3, 'hidden fee': 3, 'hidden fees': 3,
  'not resolve': 2, 'not resolved': 3, 'not fixed': 3, 'fix this': 2, 'fix it': 2, fixit: 2, 'please fix': 2, 'sort this out': 2, 'what is going on': 2, "what's going on": 2,
  'what happened': 1, 'how come': 2, 'why can not': 2, 'why will not': 2, 'why is it not': 2, 'why does it': 1, 'why do you': 1, 'why are you': 1, 'why is there no': 2, 'why is my': 2,
  'who do i complain': 3, 'complain to': 2, 'complaint': 2, 'once again': 2, 'yet again': 2, 'second time': 1, 'third time': 2, 'every single time': 2, 'again and again': 2,
  'poor service': 3, 'bad service': 3, 'terrible service': 3, 'customer service': 0, 'poorcustomerservice': 3, 'nothappy': 3, 'not happy': 2, 'unable to': 1, 'impossible to': 2,
  'can not get': 1, 'can not log': 2, 'can not access': 2, 'can not find': 1, 'locked out': 2, 'logged out': 1, 'late again': 3, 'delayed again': 3, 'been waiting': 2,
  'waited': 1, 'no show': 2, 'cancelled my': 2, 'canceled my': 2, 'lost my': 2, 'wrong order': 3, 'wrong item': 3, 'missing from': 2, 'nothing works': 3, 'everything tried': 2,
  'not acceptable': 3, 'extortion': 3, 'nonsense': 2, 'stupidity': 3, 'futility': 2, 'boo': 1, 'smh': 2, 'dammit': 2, 'damn': 1, 'tf': 1, 'wth': 2, 'fuck': 2, 'fucking': 2,
  'sigh': 1, 'ugh': 2, 'seriously': 1, 'disapointed': 2, 'fustrated': 2, 'annoying': 2, 'invisible': 1, 'beware': 2, 'not safe': 2, 'breach': 2,
  // what should change: a wish for something better names a shortfall
  quicker: 2, faster: 1, sooner: 2, slower: 2, 'more staff': 2, 'more nurses': 2, 'more doctors': 2, 'need more': 2, 'needs more': 2, 'needed more': 2,
  'should have': 2, 'should be': 1, 'should not': 2, 'could have been': 2, 'could have done with': 2, 'could be': 1, 'would be nice': 1, 'would be better': 2,
  'would have been nice': 2, 'would have been better': 2, 'better organisation': 2, 'better organization': 2, 'better communication': 2, easier: 1,
  'too long': 2, 'too slow': 2, 'too busy': 1, 'too late': 2, 'too far': 1, 'too much': 1, 'too many': 1, 'not enough': 2, 'did not turn up': 3, 'did not arrive': 3,
  'did not follow': 2, 'not follow': 1, 'was late': 2, 'were late': 2, 'quite late': 2, 'so late': 2, 'cut off': 2, 'apart from': 1, 'except for': 1, 'only thing': 1,
  'the only': 0, struggling: 2, worrying: 2, 'took ages': 3, 'took forever': 3, 'took .. hours': 2, 'took .. hr': 2,
  // Spanish
  'no funciona': 2, 'sigue sin': 3, 'no me llega': 2, 'nunca llego': 3, 'no contestan': 3, 'sin respuesta': 3, 'me cobraron dos veces': 3, 'cobro doble': 3,
};
