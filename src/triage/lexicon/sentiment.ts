// General-purpose evaluative words, English and Spanish, written for this project.
// Weights: 1 mild, 2 clear, 3 strong. Grievances specific to health care live in categories.ts.

export const POSITIVE: Record<string, number> = {
  // English
  good: 1, great: 2, excellent: 3, amazing: 3, awesome: 2, wonderful: 3, fantastic: 3, perfect: 2, superb: 3, outstanding: 3,
  'very good': 2, best: 2, 'the best': 3, top: 2, 'top notch': 3, brilliant: 2, exceptional: 3, impeccable: 3,
  friendly: 2, kind: 2, 'kindness': 2, caring: 2, helpful: 2, professional: 2, professionalism: 2, competent: 2, attentive: 2,
  compassionate: 2, empathetic: 2, patient: 0, nice: 1, pleasant: 2, polite: 2, courteous: 2, warm: 1, gentle: 2, sweet: 1,
  clean: 1, efficient: 2, quick: 1, fast: 1, smooth: 1, comfortable: 1, reassuring: 2, calm: 1, skilled: 2, expert: 1,
  thank: 2, thanks: 2, 'thank you': 2, grateful: 3, gratitude: 3, appreciate: 2, appreciated: 2, recommend: 2, recommended: 2, 'highly recommend': 3, 'highly recommended': 3,
  love: 2, loved: 2, happy: 2, pleased: 2, satisfied: 2, impressed: 2, relieved: 1, glad: 1, well: 0, 'well organized': 2,
  'saved my life': 3, 'saved his life': 3, 'saved her life': 3, angels: 2, angel: 2, heroes: 2, 'above and beyond': 3,
  // eagerness, not a failure: "can't wait for the new season"
  'can not wait': 2, 'felt safe': 2, 'felt at ease': 2, 'well cared for': 3, 'well looked after': 3, 'looked after': 1, 'took good care': 3,
  // "can't thank them enough": praise that runs out of words, not a negation
  'can not thank': 3, 'could not thank': 3, 'can not praise': 3, 'could not praise': 3, 'can not say enough': 3, 'can not speak highly enough': 3,
  'can not speak more highly': 3, 'can not recommend .. enough': 3, 'could not help .. enough': 3, 'could not help .. more': 3, 'could not have helped .. more': 3, 'can not recommend .. highly enough': 3, 'could not have asked for': 3, 'could not ask for': 3,
  thrilled: 2, 'could not be happier': 3, 'could not have been more': 3,
  'went out of .. way': 3, 'go out of .. way': 3, 'goes out of .. way': 3, 'going out of .. way': 3, 'in no time': 2,
  // the manner of care, praised: "treated him with such dignity", "talked to him like a human being"
  'with dignity': 2, 'with such dignity': 3, 'with great dignity': 3, 'with respect': 2, 'with such respect': 3, 'with compassion': 2, 'with such compassion': 3,
  'with kindness': 2, 'with such kindness': 3, 'like a human being': 2, 'like their own': 2, 'like family': 2,
  'took the time': 2, 'listened to me': 2, 'explained everything': 2, 'very well': 2, 'no complaints': 2, 'nothing to complain': 2,
  'nothing to improve': 2, '5 stars': 2, 'five stars': 2, '10 stars': 2, deserves: 1, 'cannot fault': 3, "can not fault": 3, 'could not fault': 3, 'keep it up': 2,
  // a problem put right: thanks for the fix outweighs naming the complaint it fixed
  'for resolving': 3, 'for fixing': 3, 'for sorting': 3, 'resolved my complaint': 3, 'resolved my issue': 3, 'sorted it out': 2, 'all sorted': 2, bravo: 2, '👍': 1, '😊': 1, ':)': 1, '🙂': 1, '❤': 2, '😍': 2,
  // Spanish
  bueno: 1, buena: 1, buenos: 1, buenas: 1, excelente: 3, excelentes: 3, genial: 2, maravilloso: 3, maravillosa: 3, estupendo: 2, perfecto: 2,
  mejor: 1, 'el mejor': 3, 'la mejor': 3, amable: 2, amables: 2, atento: 2, atentos: 2, atenta: 2, profesional: 2, profesionales: 2,
  carinoso: 2, carinosos: 2, gracias: 2, agradecido: 3, agradecida: 3, agradezco: 3, recomiendo: 2, encantado: 2, encantada: 2,
  contento: 2, contenta: 2, satisfecho: 2, satisfecha: 2, rapido: 1, rapida: 1, limpio: 1, limpia: 1, 'muy bien': 2, 'me salvaron': 3,
};

export const NEGATIVE: Record<string, number> = {
  // English
  bad: 2, poor: 2, terrible: 3, horrible: 3, awful: 3, worst: 3, 'the worst': 3, disgusting: 3, disgrace: 3, disgraceful: 3, appalling: 3,
  shocking: 3, shocked: 2, scandalous: 3, scandal: 3, unacceptable: 3, ridiculous: 3, absurd: 2, pathetic: 3, outrageous: 3, deplorable: 3,
  horrendous: 3, atrocious: 3, abysmal: 3, dreadful: 3, lousy: 2, useless: 3, incompetent: 3, incompetence: 3, negligent: 3, negligence: 3,
  disappointed: 2, disappointing: 2, disappointment: 2, dissatisfied: 2, unsatisfied: 2, 'not satisfied': 2, unhappy: 2, frustrated: 2,
  frustrating: 2, annoyed: 2, angry: 2, furious: 3, upset: 2, sad: 1, mediocre: 2, 'below average': 2, 'beneath contempt': 3,
  hate: 2, hated: 2, sucks: 3, suck: 2, sucked: 3,
  disgusted: 3, appalled: 3, horrified: 2, livid: 3, fuming: 3, gutted: 2, outraged: 3, irritating: 2, exasperated: 2, exasperating: 2,
  aggravating: 2, displeased: 2, shambles: 3, shambolic: 3, farce: 3, embarrassing: 2, 'not good enough': 3, 'not worth': 2,
  // swearing intensifies as often as it complains ("funny as shit"): it needs another signal beside it
  crap: 0.5, shit: 0.5, joke: 2, 'a joke': 3, nightmare: 3, chaos: 2, chaotic: 2, mess: 2,
  avoid: 3, 'stay away': 3, 'never again': 3, 'never come back': 3, 'never go back': 3, 'never return': 3, 'would not recommend': 3,
  'do not recommend': 3, "don't recommend": 3, 'not recommend': 3, 'first and last': 3, 'last time': 1, complaint: 1, complain: 1, complained: 2,
  shame: 1, shameful: 3, ashamed: 1, 'should be ashamed': 3, 'ashamed of you': 3, 'ashamed of this': 3, 'ashamed of the': 2, 'what a shame': 3, 'is a shame': 2, 'big business': 2, 'no management': 2, 'too bad': 2, unfortunately: 1, sadly: 1, worse: 2, 'getting worse': 2, deteriorated: 2,
  problem: 0.5, problems: 0.5, issue: 0.5, issues: 0.5, wrong: 2, fail: 2, failed: 2, failure: 2, fails: 2, lack: 2, 'lack of': 2, lacking: 2,
  'zero stars': 3, 'zero star': 3, '0 star': 3, '0 stars': 3, worthless: 3, archaic: 2, difficult: 1, 'so difficult': 2, 'is it so difficult': 3,
  'room for improvement': 2, 'needs improvement': 2, 'need improvement': 2, 'could be better': 2, 'could be improved': 2, 'can be improved': 2, 'to improve': 1,
  'a lot to improve': 2, 'work to be done': 2, downside: 2, 'only downside': 2, drawback: 2, 'minus point': 2, 'negative point': 2, pity: 1, 'a pity': 2,
  'why on earth': 2, 'why do i have to': 2, 'why do we have to': 2, 'why is it': 1, 'why does it': 1, 'never set foot': 3, 'not welcome': 2, 'no longer welcome': 3,
  'not recommended': 3, 'not received': 2, 'never received': 2, 'little use': 2, 'of no use': 2, 'felt lost': 1, 'man man man': 2, 'not happy': 2, 'no stars': 3, 'one star': 2, '1 star': 2, 'no star': 3, 'if i could give': 2, 'thanks for nothing': 3, 'fix this': 2, 'sort it out': 2,
  broken: 1, 'not working': 2, 'does not work': 2, 'doesnt work': 2, 'still waiting': 3, 'still not': 2, 'still no': 2, 'yet again': 2, again: 0,
  refund: 1, 'no response': 2, 'no reply': 2, 'no answer': 2, cancelled: 1, canceled: 1, delayed: 2, lost: 1, damaged: 2, faulty: 2, missing: 1,
  'wtf': 2, 'seriously': 1, 'come on': 1, ugh: 2, 'fed up': 3, 'sick of': 3, 'tired of': 2, 'had enough': 3, unbelievable: 2, rubbish: 3, garbage: 3, rotten: 3, substandard: 3, miserable: 2, toxic: 2,
  waste: 2, 'waste of time': 3, 'waste of money': 3, rip: 0, 'rip off': 3, ripoff: 3, scam: 3, 'no one cares': 3, "don't care": 2, 'do not care': 2,
  'not care': 2, 'could not care less': 3, hopeless: 2, helpless: 2, suffering: 2, suffer: 1, cried: 1, crying: 0.5, pain: 0, 'in pain': 1,
  // everyday words of a let-down customer in any trade
  shoddy: 3, flimsy: 2, dodgy: 2, cheated: 3, fleeced: 3, crappy: 2, shitty: 2, 'piece of junk': 3, junk: 2, unbearable: 3, intolerable: 3,
  insulting: 3, inexcusable: 3, irresponsible: 3, careless: 2, sloppy: 2, horrid: 3, vile: 3, nasty: 2, underwhelming: 2, underwhelmed: 2,
  letdown: 2, unfair: 2, greedy: 2, greed: 2, fiasco: 3, debacle: 3, 'pisses me off': 3, 'drives me crazy': 2, 'driving me crazy': 2,
  frustrates: 2, annoys: 2, argh: 2, grr: 2, ffs: 2, tasteless: 2, idiots: 2, morons: 2, inconvenience: 2, inconvenient: 2,
  ':(': 2, ':/': 1, '😡': 2, '😠': 2, '😞': 2, '😢': 1, '😭': 1, '👎': 2, '🤬': 3, '😤': 2, '💔': 1, '🙄': 2, '😒': 2, '🤦': 2, '😑': 1, '😩': 1, '😫': 1,
  // Spanish
  malo: 2, mala: 2, malos: 2, malas: 2, pesimo: 3, pesima: 3, fatal: 3, 'lo peor': 3, peor: 2, vergonzoso: 3, verguenza: 3,
  'una verguenza': 3, indignante: 3, inaceptable: 3, inadmisible: 3, lamentable: 3, desastre: 3, 'un desastre': 3, decepcionado: 2, decepcionada: 2,
  decepcion: 2, molesto: 2, molesta: 2, enojado: 2, enojada: 2, enfadado: 2, enfadada: 2, harto: 3, harta: 3, 'nunca mas': 3, 'no lo recomiendo': 3,
  'no recomiendo': 3, 'no vuelvo': 3, 'no volvere': 3, eviten: 3, 'eviten este': 3, incompetente: 3, incompetentes: 3, negligencia: 3, queja: 2,
  quejas: 2, reclamo: 2, reclamacion: 2, problema: 1, 'falta de': 2, 'sigo esperando': 3, 'todavia esperando': 3, 'aun esperando': 3, 'una burla': 3,
  asco: 3, asqueroso: 3, 'no les importa': 3, 'no le importa': 3, mal: 1, 'muy mal': 3, triste: 1, sufrimiento: 2, 'que pena': 2,
};
