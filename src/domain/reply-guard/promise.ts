// Promising refunds, waived bills or outcomes in public creates obligations the organization has not
// agreed to, and offers of compensation read as an admission. Offer to talk, never a result.
import { alternation, finding, hits, sentenceAround, wordPattern } from './match.js';
import type { Rule, RuleContext } from './types.js';

const WE = String.raw`(?:we|i|our\s+(?:team|hospital|clinic|practice|office|pharmacy|billing\s+(?:team|office|department))|the\s+(?:hospital|clinic|practice|office|pharmacy))`;
const WILL = String.raw`(?:\s+(?:will|are\s+going\s+to|can|would\s+be\s+happy\s+to|are\s+happy\s+to|promise\s+to|guarantee\s+to)|['’]ll|['’]d\s+be\s+(?:happy|glad)\s+to|['’](?:re|m)\s+(?:going|happy|glad|able|pleased)\s+to|\s+(?:are|am)\s+(?:happy|glad|able|pleased)\s+to)`;
const GIVE = String.raw`(?:refund|reimburse|compensate|waive|write\s+off|forgive|credit\s+(?:you|your)|credit\s+(?:the|that|this|it)\b[^.!?]{0,30}?\bback|discount|cover\s+(?:the|your|any|all)|pay\s+for|pay\s+(?:you|the\s+(?:bill|(?:full\s+)?costs?|expenses?)|your)|comp|(?:cancel|remove|reverse|drop|delete)\s+(?:the|your|any|all)\s+(?:[\p{L}$\d,.-]+\s+){0,2}?(?:bill|charges?|balance|fees?|costs?)|zero\s+out|wipe\s+out|take\s+care\s+of\s+(?:the|your|any|that|this)\s+(?:bill|charges?|balance|costs?)|make\s+it\s+right\s+financially|(?:fix|correct|resolve|adjust)\s+(?:the|your|this|that)\s+(?:billing\s+)?(?:error|charges?|bill|billing|statement|balance|invoice)|(?:give|send|offer|mail)\s+you\s+(?:a\s+|an\s+)?(?:\$?\d+%?\s+)?(?:full\s+)?(?:refund|credit|discount|gift\s+card|voucher|reimbursement|compensation))`;

const PROMISE = wordPattern(
  [
    String.raw`${WE}${WILL}\s+(?:(?:personally|gladly|immediately|fully|also)\s+)?${GIVE}`,
    String.raw`(?:we|i)\s+(?:(?:can|will|do)\s+)?(?:guarantee|promise)`,
    String.raw`(?:knock|bring|take)\s+(?:the|your)\s+(?:bill|balance|charges?)\s+down|reduce\s+(?:the|your)\s+(?:bill|balance|charges?)`,
    String.raw`(?:le|te)\s+(?:haremos|daremos|ofrecemos|ofreceremos|aplicaremos)\s+(?:un\s+)?(?:descuento|reembolso|crédito)`,
    String.raw`(?:we|i)(?:(?:\s+have|['’]ve)\s+(?:already\s+|just\s+|now\s+|also\s+)?(?:gone\s+ahead\s+and\s+)?|\s+went\s+ahead\s+and\s+)(?:removed|waived|refunded|credited|reversed|written\s+off|wrote\s+off|forgiven|cancelled|canceled|dropped|adjusted|comped|reimbursed)`,
    // A colleague let go or parted with, in any tense: "we've let the technician go", "we parted ways with him".
    String.raw`(?:we|i)(?:['’]ve|\s+have|['’]ll|\s+will|\s+had\s+to|\s+have\s+had\s+to)?\s+let\s+(?:the|that|this|him|her|them|those|both)\s+(?:[\p{L}-]+\s+){0,2}?go(?![\p{L}])|part(?:ed)?\s+ways\s+with\s+(?:the|that|this|him|her|them|those)|relieved\s+of\s+(?:his|her|their)\s+duties|(?:removed|taken)\s+(?:him|her|them)\s+(?:off|from)\s+(?:the\s+|our\s+)?(?:schedule|unit|floor|rotation)`,
    String.raw`(?:make\s+sure|ensure)\s+(?:that\s+)?you\s+(?:never|don['’]t|do\s+not|won['’]t|will\s+not)\s+(?:get|receive|pay|see|owe)\s+(?:another|a|any|anything)`,
    String.raw`(?:le|te)\s+aseguramos|recibirá\s+(?:un\s+)?reembolso|reembolso\s+(?:total|completo)`,
    String.raw`(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:you|your\s+[\p{L}]+)\s+(?:will\s+)?(?:get|receive|are\s+(?:refunded|reimbursed|compensated))\s+(?:a|the|your|any)?\s*(?:full\s+)?(?:refund|reimbursement|credit|compensation|money\s+back)`,
    String.raw`(?:make\s+sure|ensure|guarantee)\s+(?:that\s+)?(?:you|your\s+[\p{L}]+)\s+(?:will\s+)?(?:make\s+a\s+(?:full|complete)\s+recovery|recover\s+(?:fully|completely)|(?:are|is|will\s+be)\s+(?:cured|healed|fine)|get\s+better)`,
    String.raw`(?:have|get)\s+(?:your|the)\s+(?:bill|balance|charges?|copay|fees?|account)\s+(?:adjusted|waived|removed|reduced|written\s+off|refunded|zeroed(?:\s+out)?|cancelled|canceled|forgiven)`,
    String.raw`you\s+(?:won['’]t|will\s+not|don['’]t|do\s+not)\s+(?:owe|need\s+to\s+pay|have\s+to\s+pay)`,
    String.raw`(?:by|through)\s+(?:covering|refunding|waiving|paying\s+for|reimbursing|writing\s+off|crediting|comping)`,
    String.raw`guarantee[sd]?`,
    String.raw`you(?:\s+will|['’]ll)\s+(?:get|receive|be\s+(?:given|issued|sent))\s+(?:a\s+|your\s+)?(?:full\s+|partial\s+)?(?:refund|reimbursement|credit|compensation|discount|gift\s+card|voucher)`,
    String.raw`(?:full|complete)\s+(?:refund|credit|reimbursement)|credit\s+(?:to|on)\s+your\s+(?:account|bill|balance)`,
    String.raw`(?:your|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:bill|balance|charges?|copay|fees?)\s+(?:will|['’]ll)\s+be\s+(?:waived|removed|refunded|written\s+off|forgiven|cancelled|canceled|reversed|covered|credited|adjusted|reduced|zeroed|dropped|erased|wiped)`,
    String.raw`(?:free\s+of\s+charge|at\s+no\s+(?:cost|charge)\s+to\s+you|on\s+the\s+house|you\s+won['’]t\s+(?:have\s+to\s+)?pay|you\s+will\s+not\s+(?:have\s+to\s+)?pay)`,
    String.raw`(?:this|that|it)\s+will\s+never\s+happen\s+again|(?:make\s+sure|ensure)\s+(?:that\s+)?(?:this|that|it)\s+(?:will\s+)?never\s+happens?\s+again`,
    String.raw`(?:you|your\s+[\p{L}]+)\s+will\s+(?:be\s+(?:fully\s+)?(?:cured|healed|fine)|make\s+a\s+full\s+recovery|recover\s+fully)`,
    String.raw`(?:le|te|se\s+lo|se\s+la)\s+(?:reembolsaremos|devolveremos|garantizamos|prometemos|pagaremos|descontaremos)`,
    String.raw`(?:garantizamos|prometemos|reembolso\s+completo|sin\s+costo\s+(?:alguno\s+)?para\s+usted|no\s+tendrá\s+que\s+pagar|(?:anularemos|cancelaremos|condonaremos|perdonaremos)\s+(?:su|la)\s+(?:factura|cuenta|deuda))`,
    String.raw`no\s+se\s+preocupe\s+(?:por|de)\s+(?:la|su)\s+(?:factura|cuenta|cobro|deuda|saldo)|(?:factura|cuenta|deuda|saldo)\b[^.!?]{0,20}?\b(?:ya\s+)?(?:está|quedó|fue|ha\s+sido)\s+(?:resuelt[oa]|pagad[oa]|cancelad[oa]|anulad[oa]|saldad[oa]|condonad[oa])`,
    String.raw`(?:esto|eso)\s+no\s+volverá\s+a\s+(?:pasar|ocurrir|suceder)`,
    String.raw`you\s+have\s+(?:our|my)\s+(?:word|promise)|tiene\s+(?:nuestra|mi)\s+palabra`,
    String.raw`(?:involved|responsible|in\s+question)\s+(?:will\s+be|has\s+been|is\s+being|are\s+being|have\s+been)\s+(?:held\s+accountable|disciplined|reassigned|removed|retrained|counsell?ed)|(?:will\s+)?no\s+longer\s+(?:working(?:\s+(?:on|in|at|here|with))?|work|be\s+employed|practice|with\s+us|be\s+(?:on\s+staff|with\s+us|working|seeing\s+patients|caring\s+for\s+patients)|(?:see|treat|care\s+for)\s+patients)|(?:le|te|les)\s+(?:prometo|prometemos|garantizo|garantizamos)`,
    // Compensation handed over or on its way, whatever the verb.
    String.raw`(?:will|['’]ll|going\s+to|expect|get\s+you|send(?:ing)?\s+you|give\s+you|offer\s+you|issu(?:e|ing)|mail(?:ing)?|sending)\s+(?:\p{L}+\s+){0,2}?(?:a|an|your|the)\s+(?:full\s+|partial\s+|prompt\s+)?(?:[$€£]?\d[\d,.]*\s+)?(?:refund|reimbursement|gift\s+card|voucher|check\s+for|compensation)`,
    String.raw`(?:your\s+)?money\s+(?:will\s+be\s+|is\s+being\s+)?(?:returned|refunded|given\s+back)|(?:balance|bill|charges?|debt|co-?pay)\s+(?:is|are|has\s+been|have\s+been|(?:is|are)\s+now|as)?\s*(?:cleared|handled|settled|forgiven|zeroed\s+out|taken\s+care\s+of)|(?:don['’]t|do\s+not)\s+worry\s+about\s+(?:the|your)\s+(?:bill|balance|charges?|cost|payment)`,
    // Disclosing or promising what happens to a colleague.
    String.raw`(?:has|have)\s+been\s+(?:fired|terminated|let\s+go|disciplined|suspended|reprimanded|written\s+up|spoken\s+(?:to|with)|talked\s+to|coached|counsell?ed|re-?educated|retrained)|(?:never|no\s+longer)\s+(?:works?\s+(?:another\s+shift|here|with\s+us)|see\s+(?:her|him|them)\s+again)|(?:sea|sean)\s+(?:despedid|sancionad|suspendid)[oa]s?`,
    String.raw`make\s+(?:it|this|that)\s+up\s+to\s+you|(?:this|that|it|one|visit|meal|parking|bill|stay)(?:['’]s|\s+is|\s+are|\s+will\s+be)\s+on\s+us(?![\p{L}])(?!\s+to\s)|(?:get|receive)\s+your\s+money\s+back|no\s+le\s+costará\s+nada|(?:le|te)\s+compensaremos|le\s+devuelvan\s+(?:su|el)\s+dinero`,
    String.raw`you(?:['’]re|\s+are)\s+(?:fully\s+)?(?:refunded|reimbursed|compensated|credited)|you(?:['’]ll|\s+will)\s+(?:skip|jump)\s+the\s+(?:line|queue|wait)|your\s+(?:[\p{L}-]+\s+)?(?:vouchers?|gift\s+cards?|coupons?)|(?:placed|put)\s+on\s+(?:administrative\s+|unpaid\s+)?leave`,
    String.raw`you(?:['’]ll|\s+will)\s+be\s+(?:compensated|reimbursed|refunded|credited|paid|upgraded|prioritized)|(?:upgrade|move|moved|moving|bump|bumped)\s+(?:you|your\s+\p{L}+|him|her|them)\s+(?:to|up)|(?:will|['’]ll)\s+be\s+moved\s+up|(?:send|give|offer)\s+you\s+(?:\p{L}+\s+){0,3}?(?:flowers|gift\s+basket|gift|meal\s+vouchers?|coupon)`,
    String.raw`(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:you|this|it)\s+never|never\s+(?:wait|have\s+to\s+wait)\s+(?:like\s+that|that\s+long)\s+again`,
    String.raw`(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:your|the)\s+(?:claim|refund|request|appeal|results?|surgery|appointment|referral)\s+(?:gets?|is|are|will\s+be)\s+(?:approved|paid|processed|expedited|moved\s+up|scheduled)|(?:get|have)\s+your\s+(?:results?|claim|appeal|referral|surgery|appointment)\s+(?:expedited|approved|moved\s+up|rushed|prioritized)`,
    String.raw`(?:the|that|this)\s+(?:nurse|doctor|physician|staff\s+member|employee|person|guard|receptionist|tech|technician|surgeon|aide)\s+(?:involved\s+|responsible\s+)?(?:will\s+be|has\s+been|is\s+being)\s+(?:reassigned|removed|transferred|held\s+accountable|retrained|counseled|coached)|(?:he|she|they|him|her|them)\s+(?:is\s+|are\s+|will\s+be\s+|be\s+)?held\s+accountable`,
    String.raw`you(?:['’]ll|\s+will)\s+(?:be\s+(?:pain[-\s]free|cured|healed|fine|back\s+to\s+normal)|feel\s+(?:better|fine|no\s+pain)|walk\s+again)`,
    // A result of a program promised to whoever follows it: "you WILL hit your goal weight", "you'll lose 50 pounds".
    String.raw`you(?:['’]ll|\s+will)\s+(?:definitely\s+|absolutely\s+|surely\s+)?(?:(?:hit|reach|achieve|meet|get\s+to)\s+(?:your|the|that)\s+(?:goal|target|ideal|dream)(?:\s+(?:weight|size|number))?|lose\s+(?:the\s+)?(?:weight|\d+\s*(?:lbs?|pounds|kg|kilos)))(?![\p{L}])`,
    String.raw`no\s+(?:pagará|tendrá\s+que\s+pagar|le\s+cobraremos|(?:tiene\s+(?:que|por\s+qué)|necesita|debe)\s+pagar(?:la|lo|\s+(?:esa|esta|ese|este|la|el|su)\s+(?:factura|cuenta|cobro|saldo|deuda|cargo))(?![\p{L}]))|(?:factura|cuenta|deuda|cobro|saldo|cargo)\b[^.!?]{0,40}?(?<![\p{L}])(?:nosotros\s+)?(?:la|lo|se\s+la|se\s+lo)\s+(?:cancelamos|anulamos|condonamos|perdonamos|pagamos|cubrimos|quitamos|eliminamos|borramos)(?![\p{L}])|(?:le|te)\s+(?:daremos|enviaremos|regalaremos|mandaremos|devolveremos)\s+(?:el\s+dinero|(?:un[ao]?\s+)?(?:tarjeta|vale|cupón|reembolso|descuento|crédito|compensación))`,
    String.raw`(?:make\s+sure|ensure|guarantee|see\s+to\s+it)\s+(?:that\s+)?you\s+(?:get|have|receive|are\s+given)\s+(?:a\s+|an\s+|the\s+|your\s+)?(?:[\p{L}-]+\s+)?(?:bed|room|appointment|doctor|nurse|provider|surgeon|parking\s+spot)`,
    String.raw`you(?:['’]ll|\s+will)\s+(?:be\s+seen\s+by|see|get|have)\s+(?:a\s+)?(?:different|new|another|better|more\s+senior)\s+(?:doctor|physician|nurse|provider|surgeon|specialist|therapist|[\p{L}]+ologist|[\p{L}]+iatrician)`,
    String.raw`you(?:['’]re|\s+are)\s+seen\s+(?:first|right\s+away|immediately|without\s+a\s+wait)|you(?:['’]ll|\s+will)\s+(?:be\s+seen\s+(?:first|right\s+away|immediately|without\s+a\s+wait)|get\s+(?:a\s+)?(?:private\s+room|priority|the\s+first\s+appointment))`,
    // Promising that a named or unnamed colleague will be punished discloses an employment action.
    String.raw`(?:we|i)(?:['’]ll|['’]ve|\s+will|\s+have|\s+are\s+going\s+to)?\s+(?:fire|fired|terminate|terminated|discipline|disciplined|suspend|suspended|reprimand|reprimanded|dismiss|dismissed)\s+(?:the|that|this|whoever|him|her|them|those|everyone|anyone)(?![\p{L}])`,
    String.raw`(?:everyone|anyone|everybody|those|whoever|staff|people)\s+(?:(?:involved|responsible)\s+)?(?:will\s+be|is\s+being|are\s+being|has\s+been|have\s+been|gets?)\s+held\s+(?:fully\s+)?accountable`,
    String.raw`(?:issued|sent|mailed|gave|processed|approved)\s+(?:you\s+)?(?:a|an|your|the)\s+(?:full\s+|partial\s+)?(?:[$€£]?\d[\d,.]*\s+)?(?:refund|reimbursement|gift\s+card|voucher|credit|compensation)|you(?:['’]ll|\s+will)\s+(?:hear|get|receive)\b[^.!?]{0,40}?\bgood\s+news`,
    String.raw`(?:will|is\s+going\s+to|shall)\s+(?:be\s+replaced|face\s+(?:consequences|discipline|disciplinary\s+action))|(?:will|['’]ll)\s+apologi[sz]e\s+to\s+you\s+(?:in\s+person|personally|directly)`,
    String.raw`you(?:['’]ll|\s+will)\s+(?:have|get)\s+(?:a\s+|your\s+own\s+)?(?:dedicated|personal|private|assigned)\s+(?:nurse|doctor|room|provider|navigator|coordinator)`,
    String.raw`(?:get|receive|have)\s+your\s+(?:deposit|money|payment|co-?pay|deductible)\s+(?:back|returned|refunded)|consider\s+(?:the|your|this|that)\s+(?:bill|balance|charges?|debt|co-?pay)\s+(?:paid|settled|forgiven|cleared|gone|taken\s+care\s+of|waived)`,
    String.raw`(?:we|i)(?:['’](?:re|m)|\s+(?:are|am))\s+(?:(?:also|now|already)\s+)?(?:refunding|waiving|crediting|reimbursing|reversing|writing\s+off|comping|covering|forgiving|discounting)`,
    String.raw`ask\s+for\s+me\b[^.!?]{0,40}?\b(?:make\s+sure|ensure|take\s+care|get\s+you)|(?:make\s+sure|ensure)\s+(?:that\s+)?you(?:['’]re|\s+are|\s+get)\s+(?:taken\s+care\s+of|looked\s+after|treated\s+(?:well|right))`,
    String.raw`(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:she|he|they|(?:this|that|the)\s+\p{L}+)\s+(?:is|are|gets?|will\s+be)\s+(?:let\s+go|fired|terminated|disciplined|written\s+up|removed|suspended|reprimanded)|(?:will\s+be|is\s+being|are\s+being|has\s+been|have\s+been)\s+held\s+(?:fully\s+)?accountable`,
    String.raw`(?:we|i)(?:['’]ll|\s+will)\s+have\s+(?:a|an|the|your)\s+(?:\p{L}+\s+)?(?:ready|waiting|standing\s+by)|the\s+(?:minute|moment|second)\s+you\s+(?:walk|come|get)\s+in`,
    // The object splitting a phrasal verb leaves the promise whole: "we're writing it off today", "we'll take that
    // charge off your bill", "zeroing the balance out".
    String.raw`(?:writ(?:e|es|ing)|wrote|written|zero(?:s|ing|ed)?|wip(?:e|es|ing|ed))\s+(?:it|that|this|them|those|(?:the|that|this|your)\s+(?:[\p{L}-]+\s+)?(?:bill|balance|charges?|fees?|invoice|co-?pay|statement|debt))\s+(?:off|out)(?![\p{L}])|(?:tak(?:e|es|ing)|took|taken|knock(?:s|ing|ed)?)\s+(?:it|that|this|them|(?:the|that|this)\s+(?:[\p{L}-]+\s+)?(?:charges?|fees?))\s+off\s+(?:your|the|his|her)\s+(?:bill|account|balance|statement|invoice)`,
    // Telling the reader a charge needs no paying waives it: "so please don't pay it".
    String.raw`(?:please\s+)?(?:don['’]t|do\s+not|no\s+need\s+to)\s+pay\s+(?:it|that|this|them|anything)(?![\p{L}])`,
    // What happens to a colleague, said of them by pronoun: "she'll be retrained on draws", "he's being coached".
    String.raw`(?:he|she|they)(?:(?:['’]ll|\s+will)\s+be|(?:['’]s|\s+is|\s+are|['’]re)\s+being)\s+(?:retrained|re-trained|re-?educated|coached|counsell?ed|reassigned|disciplined|suspended|reprimanded|written\s+up)(?![\p{L}])`,
    String.raw`(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:your|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:bill|balance|charges?|copay|fees?|statement|invoice)\s+(?:is|are|gets?|will\s+be)\s+(?:waived|removed|refunded|written\s+off|forgiven|cancell?ed|reversed|covered|credited|reduced|zeroed(?:\s+out)?|dropped|erased|wiped|taken\s+off)`,
    // Let in ahead of everyone next time: "la próxima vez lo pasamos directo sin esperar", "next time we'll take you straight back".
    String.raw`(?:la\s+próxima\s+vez|next\s+time)\b[^.!?]{0,40}?\b(?:directo|sin\s+(?:esperar|espera|cita|fila)|primero|straight\s+(?:in|back|through)|right\s+(?:in|back|away)|no\s+wait(?:ing)?|without\s+(?:a\s+|any\s+)?wait(?:ing)?|first\s+thing)`,
    // Special treatment for this reader next time: a better place in the queue, a room held for them.
    String.raw`(?:finding|getting|booking|moving|rescheduling|fitting)\s+you\s+(?:in(?:to)?\s+)?(?:an?\s+)?(?:earlier|sooner|new|better|open|priority)\s+(?:slot|appointment|time|date|spot)|(?:le|te)\s+vamos\s+a\s+(?:condonar|anular|cancelar|perdonar|reembolsar|devolver|descontar|cubrir|pagar|quitar)`,
    String.raw`(?:we|i)(?:['’]ll|\s+will)\s+(?:\p{L}+\s+)?(?:give|get|have|reserve|save|hold|book|arrange|set\s+aside)\s+(?:you|your\s+\p{L}+)\s+(?:a\s+|an\s+)?(?:priority|private\s+room|room|first\s+appointment|vip|front\s+of\s+the\s+line|earlier\s+appointment)`,
    // The same in Spanish: "le daremos prioridad a su familia", "tendrá prioridad", "los atenderemos primero".
    String.raw`(?:le|les|te|los|las|lo|la)\s+(?:daremos|damos|vamos\s+a\s+dar|reservaremos|guardaremos|apartaremos|tendremos)\s+(?:la\s+|una\s+|un\s+)?(?:prioridad|preferencia|habitaci[óo]n\s+privada|cuarto\s+privado|primera\s+cita|lugar\s+preferente)|(?:tendrá|tendrán|tendrás)\s+(?:la\s+)?(?:prioridad|preferencia)|(?:le|les|te|los|las|lo|la)\s+(?:atenderemos|pasaremos|vamos\s+a\s+(?:atender|pasar))\s+(?:primero|de\s+inmediato|directo|sin\s+esperar|antes)`,
    String.raw`(?:get|put|move|bump|take|place)\s+you\s+(?:in\s+|up\s+)?(?:ahead\s+of|to\s+the\s+front\s+of|at\s+the\s+front\s+of|(?:first|next)\s+in|at\s+the\s+(?:top|head)\s+of|to\s+the\s+(?:top|head)\s+of)\s+(?:the\s+)?(?:line|queue|list|wait(?:list|ing\s+list)?)|(?:let|have)\s+you\s+(?:skip|jump|cut)\s+the\s+(?:line|queue|wait)`,
    String.raw`(?:ready|reserved|waiting|set\s+aside)\s+for\s+you\s+(?:next\s+time|on\s+your\s+next|when\s+you\s+(?:come|return))|priority\s+(?:scheduling|access|booking|appointments?|treatment|status)\s+(?:for\s+you|from\s+now\s+on)`,
    String.raw`(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:you|your\s+\p{L}+)(?:['’]re|\s+are|\s+get|\s+gets|\s+will\s+be|\s+is)\s+seen\s+(?:first|right\s+away|immediately|quickly|promptly|sooner|faster|without\s+a\s+wait)`,
    String.raw`(?:make\s+sure|ensure|guarantee|see\s+to\s+it)\s+(?:that\s+)?your\s+\p{L}+\s+(?:gets?|has|receives?|is\s+given)\s+(?:a\s+|an\s+|the\s+)?(?:different|new|another|better|private)\s+(?:bed|room|doctor|nurse|provider|surgeon|physician)`,
    String.raw`(?:will|shall|is\s+going\s+to|are\s+going\s+to)\s+be\s+(?:disciplined|fired|terminated|let\s+go|reprimanded|punished|suspended|written\s+up)|(?:será|serán)\s+(?:despedid[oa]s?|sancionad[oa]s?|castigad[oa]s?)`,
    String.raw`(?:your|su|tu)\s+(?:next\s+|próxima\s+|siguiente\s+)?(?:visit|appointment|stay|consult(?:ation)?|consulta|cita|visita)\b[^.!?;]{0,30}?\b(?:(?:is|will\s+be)\s+(?:free|on\s+us|complimentary)|(?:será|es)\s+(?:gratuit[oa]|gratis|sin\s+costo))`,
    // Recheck or redo offered for nothing: "stop by and we'll recheck it for free".
    String.raw`(?:we|i)(?:['’]ll|\s+will|['’]d\s+be\s+happy\s+to|\s+would\s+be\s+happy\s+to|\s+can)\s+(?:\p{L}+\s+){1,5}?(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:cost|charge))`,
    // A guarantee dressed as a purpose: "we've flagged your chart so it won't move again", "so he's never left waiting".
    String.raw`so\s+(?:that\s+)?(?:it|this|that|you|he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+will\s+be)?\s+(?:won['’]t|will\s+not|will\s+never|never|can['’]t|cannot)\s+(?:\p{L}+\s+){0,3}?(?:again|waiting)(?![\p{L}])`,
    // What happens to a colleague, said by pronoun or in Spanish: "she will not be scheduling anymore", "ya fue
    // sancionada y no volverá a atender a su abuelo".
    String.raw`(?:he|she|they)\s+(?:will\s+not|won['’]t|will\s+no\s+longer|is\s+no\s+longer|are\s+no\s+longer|no\s+longer)\s+(?:be\s+)?(?:\p{L}+ing|work|see|treat|care\s+for)\b[^.!?]{0,30}?\b(?:anymore|again|here|patients|with\s+us)|(?:ya\s+)?(?:fue|ha\s+sido)\s+(?:sancionad|despedid|suspendid|amonestad|reasignad)[oa]s?|no\s+volverá\s+a\s+(?:atender|trabajar|ver|tratar)`,
    // An appointment promised sooner than others get: "we'll get you in with Dr. Sandoval first thing Monday".
    String.raw`(?:we|i)(?:['’]ll|\s+will|['’]re\s+going\s+to)\s+(?:\p{L}+\s+)?get\s+(?:you|your\s+\p{L}+|him|her)\s+(?:in|seen|scheduled)\b[^.!?]{0,40}?\b(?:first\s+thing|tomorrow|today|tonight|this\s+week|right\s+away|immediately|sooner|earlier|next\s+available)`,
    // A waiver or a refund handed to a colleague to carry out is still ours: "we've asked billing to remove the fee",
    // "I've told the business office to write it off".
    String.raw`(?:asked|told|instructed|directed|authorized|approved|had|have|having|getting|will\s+have)\s+(?:our\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:billing|finance|business\s+office|accounts?|team|office|department|manager|staff|cashier|pharmacy|front\s+desk)(?:\s+(?:team|office|department|staff))?\s+to\s+${GIVE}`,
    // The refund already on its way: "the refund is in the mail", "your credit was issued".
    String.raw`(?:the|your|a|that)\s+(?:full\s+|partial\s+)?(?:[$€£]?\d[\d,.]*\s+)?(?:refund|reimbursement|credit|check|adjustment)\s+(?:is|was|has\s+been|will\s+be)\s+(?:already\s+|now\s+)?(?:in\s+the\s+mail|on\s+(?:its|the)\s+way|being\s+(?:mailed|sent|processed|issued)|(?:mailed|sent|issued|processed|approved|posted)(?!\s+(?:to\s+)?(?:questions?|requests?)))`,
    // Something of ours kept for this reader from now on: "we'll save you the recliner by the window", "we'll hold a
    // parking spot for you", "from now on we'll book you first".
    String.raw`(?:we|i)(?:['’]ll|\s+will|['’]re\s+going\s+to|\s+are\s+going\s+to|\s+can|['’]d\s+be\s+happy\s+to)\s+(?:always\s+|gladly\s+|personally\s+)?(?:save|reserve|hold|keep|set\s+aside|block\s+off)\s+(?:you\s+(?:a|an|the|your)|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?for\s+you)(?![\p{L}])(?![^.!?]{0,40}?(?<![\p{L}])(?:gala|event|fair|class|classes|seminar|webinar|5k|party|celebration|luncheon|fundraiser|tour|open\s+house|talk|lecture|workshop|ceremony|concert)(?![\p{L}]))|from\s+now\s+on\b[^.!?]{0,30}?\b(?:we['’]ll|we\s+will|you['’]ll|you\s+will)\s+(?:always\s+)?(?:save|reserve|hold|get|have|be\s+(?:seen|first|given)|book|schedule|put)`,
  ].join('|'),
);

// "We cannot guarantee…" and "we promise to look into it" commit to nothing but process.
const DENIED_BEFORE = /(?:not|n['’]t|cannot|no)\s+$/i;
const PROCESS_AFTER = /^\s+(?:to\s+)?(?:look|listen|review|investigate|share|follow(?![\s-]*up\s+(?:visit|appointment|care|exam))|reach|contact|call|get\s+back|respond|learn|do\s+better|keep\s+you|take|revisar|investigar|escuchar|llamar|contactar|dar\s+seguimiento)/i;

// "Free" and "no charge" offered to this reader are compensation; "free flu shots for everyone" is not.
const FREE_OFFER = wordPattern(String.raw`complimentary|(?:at\s+)?no\s+(?:charge|cost)|free\s+of\s+charge|free\s+(?:[\p{L}-]+\s+)?(?:follow-up|visit|appointment|mri|scan|test|session|parking|meals?|night|stay|consult(?:ation)?|treatment|procedure|care)|(?:consulta|visita|cita|estacionamiento|comida|noche|estancia|tratamiento|procedimiento|atención|cirugía|examen|estudio|retoque|revisión|limpieza|ajuste)s?\s+(?:[\p{L}]+\s+)?(?:gratis|gratuit[oa]s?)|sin\s+costo`);
// "Siempre se ofrece un intérprete sin costo", "interpreters are always free": a standing service, not compensation.
const STANDING_OFFER = /(?<![\p{L}])(?:always|siempre|every(?:one|body)|any(?:one|body)|all\s+(?:patients|families|visitors)|para\s+todos|a\s+todos|se\s+(?:ofrecen?|brindan?|proporcionan?))(?![\p{L}])/iu;
const TO_THIS_READER = /(?<![\p{L}])(?:you|your|we['’]ll|we\s+will|usted|le|su|te|tu|se\s+l[oa]s?|venga|ven|escríbenos|volvemos|hacemos)(?![\p{L}])/iu;

// Compensation is promised by the sentence around it ("please accept", "is on its way", "we are prepared to
// offer"), not by its noun: "questions about a refund" and "we can't offer refunds here" promise nothing.
const COMPENSATION = wordPattern(String.raw`half\s+off|(?:full\s+|partial\s+)?(?:refunds?|reimbursements?|gift\s+cards?|vouchers?|settlement|credit(?!\s+cards?)|fruit\s+basket|gift\s+basket|flowers|check\s+for|discount|\d+\s*%\s+off|money\s+back|write-?off|writing\s+off|complimentary|at\s+no\s+cost|free\s+of\s+charge|on\s+the\s+house)`);
const OFFERED = /(?<![\p{L}])(?:offer(?:ing)?|vamos\s+a|(?:le|te)\s+(?:haremos|daremos|damos|hacemos)|please\s+accept|expect|count\s+on|on\s+(?:its|their)\s+way|(?:is|are)\s+going\s+out|(?:is|are)\s+being\s+(?:mailed|sent|issued|processed)|(?:has|have)\s+been\s+(?:mailed|sent|issued)|will\s+be\s+(?:mailed|sent|issued|processed|applied|credited)|(?:we|i)(?:['’]ll|\s+will|['’]re|\s+are|\s+have|['’]ve)|arranged|prepared\s+to|going\s+forward|as\s+an\s+apology|token\s+of)(?![\p{L}])/iu;
const ONLY_PROCESS = /(?<![\p{L}])(?:questions?\s+about|information\s+(?:on|about)|eligib\p{L}*|may\s+qualify|polic(?:y|ies)|how\s+to|request\s+(?:a|form)|if\s+you|(?:can|could)\s+(?:help|answer|explain|review)|(?:not|cannot|unable\s+to|(?:can|won|don|couldn)['’]t)\s+(?:offer|promise|discuss|comment|issue|guarantee)|financial\s+assistance|no\s+cost\s+to\s+(?:everyone|all|the\s+public)|open\s+to)(?![\p{L}])/iu;

const promiseHits = (draft: string) => [
  ...hits(draft, PROMISE),
  ...hits(draft, FREE_OFFER).filter((hit) => {
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    return TO_THIS_READER.test(sentence) && !STANDING_OFFER.test(sentence);
  }),
  ...hits(draft, COMPENSATION).filter((hit) => {
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    return OFFERED.test(sentence) && !ONLY_PROCESS.test(sentence);
  }),
];

// "Riverbend will reimburse your father": the organization promising by name, as "we" would.
const ORG_PROMISE = new WeakMap<object, RegExp>();
function orgPromise(profile: RuleContext['profile']): RegExp {
  let pattern = ORG_PROMISE.get(profile);
  if (!pattern) {
    const names = [profile.organization.name, ...profile.organization.aliases, ...profile.sites.flatMap((site) => [site.name, ...site.aliases])].filter((n) => n.trim());
    pattern = wordPattern(String.raw`(?:${alternation(names)})${WILL}\s+(?:(?:personally|gladly|immediately|fully|also)\s+)?${GIVE}`);
    ORG_PROMISE.set(profile, pattern);
  }
  return pattern;
}

export const outcomePromise: Rule = (draft, ctx) =>
  [...promiseHits(draft), ...hits(draft, orgPromise(ctx.profile))]
    .filter((hit) => !DENIED_BEFORE.test(draft.slice(Math.max(0, hit.start - 12), hit.start)) && !PROCESS_AFTER.test(draft.slice(hit.end, hit.end + 30)))
    .map((hit) =>
    finding(
      'outcome_promise',
      'block',
      hit,
      `"${hit.text}" promises compensation or an outcome in public.`,
      'Promise to listen and look into it ("we would like to review this with you"), not a refund or a result.',
    ),
  );
