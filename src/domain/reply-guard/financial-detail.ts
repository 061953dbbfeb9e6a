// Insurance, bills and amounts of money belong to the patient's record; HHS fined a dental practice for
// discussing a reviewer's insurance in a reply. Talking about "billing questions" in general is fine.
import { addressesReader, alternation, finding, hits, opensOnReader, sentenceAround, wordPattern } from './match.js';
import type { Finding, Rule } from './types.js';
import { UPCOMING_EVENT } from './service-date.js';

const INSURERS = [
  'medicare', 'medicaid', 'medi-cal', 'tricare', 'champva', 'aetna', 'cigna', 'humana', 'unitedhealthcare',
  'united healthcare', 'united health care', 'blue cross', 'blue shield', 'bluecross', 'blueshield', 'blue cross blue shield', 'bcbs', 'anthem',
  'kaiser', 'kaiser permanente', 'molina', 'centene', 'ambetter', 'wellcare', 'oscar health', 'highmark', 'premera',
  'regence', 'emblemhealth', 'oxford health', 'caresource', 'amerigroup', 'obamacare', 'marketplace plan',
  // The VA pays for veterans' community care as an insurer does; a bare "VA" is too often Spanish "va".
  'va community care', 'va health care', 'va healthcare', 'va benefits', 'veterans affairs', 'veterans choice',
  'cobra', 'workers comp', "workers' comp", "workers' compensation", 'workers compensation',
];
const PERSONAL_FINANCE_EN = [
  // A bare "plan" or "policy" is too often generic advice ("check with your plan").
  'insurance', 'insurer', 'insurance company', 'coverage', 'health plan', 'insurance plan', 'insurance policy', 'hmo', 'ppo', 'hmo plan', 'ppo plan', 'copay', 'co-pay', 'copays',
  'copayment', 'coinsurance', 'deductible', 'out-of-pocket', 'out of pocket', 'bill', 'bills', 'hospital bill',
  'medical bill', 'balance', 'account balance', 'outstanding balance', 'statement', 'invoice',
  'charges', 'charge', 'payment', 'payments', 'payment plan', 'premium', 'eob', 'explanation of benefits',
  'prior authorization', 'prior auth', 'pre-authorization', 'pre-auth', 'authorization', 'referral authorization', 'collections', 'debt',
  'financial assistance application', 'charity care application', 'refund', 'estimate', 'cost',
];
const PERSONAL_FINANCE_ES = ['seguro', 'seguro médico', 'aseguradora', 'factura', 'facturas', 'cuenta', 'saldo', 'copago', 'deducible', 'cobro', 'cobros', 'reclamo', 'reclamación', 'pago', 'pagos', 'póliza', 'reembolso'];

const MONEY = /(?:(?:descuento|rebaja)\s+del?\s+\d+\s?%|\d+(?:\.\d+)?\s?%\s+(?:discount|off|reduction|of\s+(?:the|your)\s+(?:bill|balance|charges?))|[$€£]\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:k|thousand|million))?|(?<![\p{L}\d])\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars|bucks|usd|dólares|dolares|pesos|euros)(?![\p{L}]))/giu;
const INSURER = wordPattern(alternation(INSURERS));
// Terms specific enough that repeating them from the post confirms the reader's own finances.
const ECHOABLE = wordPattern(alternation(['deductible', 'copay', 'co-pay', 'coinsurance', 'eob', 'explanation of benefits', 'collections', 'prior authorization', 'out-of-pocket', 'deducible', 'copago']));
const YOUR_FINANCE = wordPattern(
  `(?:your|you\\s+owe\\s+(?:a|the)?)(?:\\s+(?:${alternation(['recent', 'last', 'final', 'current', 'remaining', 'unpaid', 'outstanding', 'hospital', 'medical', 'er', 'emergency', 'ambulance', 'surgery', 'lab', 'insurance', 'itemized', 'total', 'monthly', 'new', 'high', 'annual', 'secondary', 'primary', 'denied'])})){0,2}\\s+(?:${alternation(PERSONAL_FINANCE_EN)})(?!\\s+(?:number|no\\.?|#|id))` +
    `|(?:su|sus|tu|tus)\\s+(?:${alternation(PERSONAL_FINANCE_ES)})` +
    `|(?:su|tu)\\s+tarjeta\\s+(?:del?\\s+)?(?:seguro|aseguradora)|(?:le|te|les)\\s+(?:llegó|llegaron|cobraron|cobramos|facturamos|enviamos|mandamos)\\s+(?:la|el|una|un|las|los)\\s+(?:factura|facturas|cobro|cobros|cuenta|estado\\s+de\\s+cuenta|cargo|cargos)` +
    `|(?:sent|went|turned\\s+over)\\s+to\\s+collections|(?:your|the)\\s+(?:insurance|claim)\\s+(?:was\\s+)?(?:denied|rejected|declined|approved)|(?:in|out\\s+of)[-\\s]network\\s+for\\s+you|(?:denied|rejected|declined|approved|processed|submitted|resubmitted|billed|filed|appealed)\\s+your\\s+(?:insurance\\s+)?claims?|(?:the|that|this)\\s+claim\\s+(?:is|was|has\\s+been)\\s+(?:still\\s+)?(?:pending|denied|approved|stuck|in\\s+process|under\\s+review)|pending\\s+with\\s+your\\s+(?:plan|insurer|insurance)|your\\s+(?:insurance\\s+)?claims?\\s+(?:was|is|has\\s+been|were|are)|(?:issued|processed|sent|approved|posted|applied)\\s+(?:a|your|the)\\s+(?:full\\s+|partial\\s+)?(?:refund|reimbursement|credit|adjustment|payment)|(?:account|balance|bill|card)\\s+(?:has\\s+been|was|will\\s+be)\\s+(?:credited|charged|adjusted|reduced|paid|refunded|billed)|(?:billing|payment|charge|insurance|coverage)\\s+(?:error|issue|problem|mistake|mix-up|dispute|denial)s?\\s+(?:for|on|with)\\s+your` +
    // "We'll correct the insurer on file": what we hold for them is read from their account.
    `|(?:insurer|insurance(?:\\s+(?:company|plan|information|info))?|plan|coverage|payer|payment\\s+method|card)\\s+(?:we\\s+have\\s+)?on\\s+file`,
);

// "since your plan doesn't include restorative coverage": a bare "plan" is theirs once coverage is the subject.
const YOUR_PLAN = wordPattern(String.raw`(?:set|decided|determined|chosen)\s+by\s+your\s+(?:dental\s+|vision\s+|medical\s+|health\s+|insurance\s+)?(?:plan|insurer|insurance(?:\s+company)?)|your\s+(?:dental\s+|vision\s+|medical\s+|health\s+)?plan(?=\s+(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|won['’]t|only|excludes|requires|covers|pays|has|had|limits))|(?:the\s+)?self-pay\s+(?:rate|price|discount)\s+(?:applied|was\s+applied|was\s+used)`);

// "unhappy with the bill" in a sentence addressed to the reader is their bill. So is a fee only their own missed
// appointment or late payment incurs ("the no-show fee stands"); a parking fee is anyone's.
const THE_BILL = wordPattern(`(?:the|this|that)\\s+(?:(?!(?:and|or|of|for)\\s)[\\p{L}-]+\\s+)?(?:${alternation(['bill', 'charge', 'charges', 'facility fee', 'no-show fee', 'no show fee', 'cancellation fee', 'late-cancellation fee', 'late fee', 'missed appointment fee', 'copay', 'balance', 'statement', 'invoice', 'deductible', 'payment'])})(?!\\s+(?:nurse|nurses|desk|plans?|options|portal|assistance|schedule))` +
  // "Esa factura", "el cobro": the same in Spanish.
  String.raw`|(?:la|esa|esta|el|ese|este)\s+(?:factura|cobro|cargo|saldo|estado\s+de\s+cuenta)(?!\s+(?:de\s+)?(?:ayuda|asistencia|planes?|opciones|portal))`);
// Sympathy about "the bill" means the reader's bill; thanks and "any bill" speak in general.
// So does a charge upheld "in this case", and Spanish that speaks to "usted" ("no se preocupe", "no tiene que").
const THE_BILL_IS_THEIRS = /(?<![\p{L}-])(?:you|your|you['’]re|su|usted|sorry|apologi[sz]e|apologies|understand|lamentamos|sentimos|entendemos|in\s+(?:this|your)\s+case|(?:does|do|still)\s+appl(?:y|ies)|(?:no\s+)?se\s+preocupe|(?:no\s+)?tiene\s+que|le\s+(?:cobraron|llegó|enviaron))(?![\p{L}])/iu;
// "Questions about your bill? Call billing" offers help to anyone with a bill.
const GENERAL_HELP_BEFORE = /(?:questions?|help|assistance)\s+(?:about|on|regarding|with)\s+$/iu;
// An amount next to a bill, a fee or a balance is somebody's charge even when the sentence never says "you".
const BILLING_WORD = wordPattern(alternation(['bill', 'billed', 'billing', 'fee', 'fees', 'balance', 'charge', 'charged', 'charges', 'statement', 'copay', 'co-pay', 'deductible', 'owe', 'owed', 'owes', 'paid', 'refund', 'refunded', 'invoice', 'claim', 'coinsurance', 'deposit', 'credit', 'factura', 'saldo', 'cobro', 'cargo', 'pago', 'reembolso']), 'iu');

// "How much is a cleaning without insurance?" answered with our list price is a fact about us, as the plans we accept
// are; an amount beside a bill, a balance or a refund is still somebody's charge.
const PRICE_QUESTION = /(?<![\p{L}])(?:how\s+much|what\s+(?:does|do|would|will|is|are)\s+(?:it|a|an|the)?[^?]{0,40}?\b(?:cost|price|rate|charge)|(?:cost|price|rates?|prices)\s+(?:of|for)|cu[áa]nto\s+(?:cuesta|cobran|vale|sale)|precio)(?![\p{L}])[^?]*\?/iu;
const SOMEONES_CHARGE = wordPattern(alternation(['bill', 'billed', 'balance', 'owe', 'owed', 'owes', 'charged', 'refund', 'refunded', 'statement', 'invoice', 'claim', 'collections', 'factura', 'saldo', 'cobro', 'reembolso']), 'iu');

const GIFT = wordPattern(
  alternation(['grant', 'grants', 'donation', 'donations', 'donor', 'donors', 'donated', 'gave', 'gift', 'gifts', 'raised', 'fundraiser', 'fundraising', 'campaign', 'endowment', 'foundation', 'award', 'awarded', 'sponsors', 'donación', 'donaciones', 'donantes', 'recaudamos', 'beca']),
  'iu',
);

/** "$480" and "480 dollars" are one amount: the reply that repeats what the post was charged confirms the charge. */
const amountKey = (text: string) => text.replace(/[^\d.]/g, '').replace(/\.0+$/, '');
// "Molina paid everything", "el seguro de Molina pagó": what an insurer did is the reader's claim.
const INSURER_ACTED = new RegExp(String.raw`^\s*(?:(?:has|have|had|already|just|ya)\s+)*(?:paid|covered|denied|rejected|approved|processed|pagó|cubrió|negó|rechazó|aprobó)`, 'iu');

// A site named by its own name accepts plans too: "St. Mary's Clinic accepts CareSource", "Riverbend is in network with …".
const WE_ACCEPT_BEFORE = /(?<![\p{L}])(?:(?:aceptamos|aceptan|acepta|tomamos|trabajamos\s+con)|(?:accepts|takes|is\s+in[-\s]network\s+(?:with|for)|participates\s+(?:in|with)|contracts\s+with)|(?:we|we['’]re|we\s+are|our\s+(?:[\p{L}-]+\s+){0,3}?(?:clinics?|hospitals?|practice|office|pharmac(?:y|ies)|sites?|locations?|centers?|providers?|doctors|physicians|team))\s+(?:also\s+|gladly\s+|proudly\s+|still\s+|now\s+|do\s+)?(?:accept|accepts|take|takes|bill|bills|work\s+with|works\s+with|participate\s+(?:in|with)|participates\s+(?:in|with)|(?:are\s+|is\s+)?in[-\s]network\s+(?:with|for)|contract\s+with))\s+(?:(?!(?:your|su|tu)(?![\p{L}]))[\p{L}\d'’&-]+,?\s+(?:(?:and|or|y|&)\s+)?){0,5}$/iu;

// "Molina denied my claim and now what??" tells the author's own claim, however many question marks follow it.
const OWN_CLAIM = /(?<![\p{L}])(?:my|our|mi|nuestro)\s+(?:[\p{L}-]+\s+)?(?:claim|bill|coverage|plan|policy|reclamo|factura|seguro)|(?:denied|rejected|paid|covered|dropped|cancell?ed)\s+(?:me|us|my|our)(?![\p{L}])/iu;

/** The post names the insurer as the author's own, not only in a question ("Does Riverbend take Medicaid?"). */
function toldAsOwn(insurer: string, postText: string): boolean {
  return hits(postText, wordPattern(alternation([insurer]))).some((h) => {
    const sentence = sentenceAround(postText, h.start, h.end).text;
    return !sentence.trim().endsWith('?') || OWN_CLAIM.test(sentence);
  });
}

// "Valet is $12?? At a hospital??": a price the post quotes without saying anyone paid it is our price, not a charge of
// the author's, so the reply may state it to everyone.
const OWN_AMOUNT = /(?<![\p{L}])(?:i|i['’]m|i['’]ve|me|my|we|we['’]re|our|us|mine|mi|me\s+cobraron|charged|billed|paid|owe|owed|pay|bill|copay|deductible|balance)(?![\p{L}])/iu;
function amountsToldAsOwn(postText: string): Set<string> {
  return new Set(
    hits(postText, MONEY)
      .filter((h) => OWN_AMOUNT.test(sentenceAround(postText, h.start, h.end).text))
      .map((h) => amountKey(h.text)),
  );
}


// What we did with a claim or bill ("we located claim …", "billing reviewed the statement") and where a charge came from
// ("the difference comes from the polyp removal") are read from the reader's own account.
const HANDLED_BILL = wordPattern(
  String.raw`(?:we|i|our\s+(?:[\p{L}-]+\s+)?(?:team|office|department|billing))(?:\s+have|['’]ve|\s+has)?\s+(?:(?:already|just|now)\s+)?(?:located|found|pulled\s+up|reviewed|escalated|resubmitted|reprocessed|corrected|adjusted|fixed|rebilled|flagged)\s+(?:your\s+|the\s+|that\s+)?(?:claim|bill|statement|invoice|balance|charges?|account\s+balance)(?![\p{L}])` +
    String.raw`|the\s+(?:difference|extra\s+(?:charge|cost|amount)|higher\s+(?:charge|cost|amount|bill)|additional\s+(?:charge|cost|amount))\s+(?:comes|came|is|was)\s+(?:from|for|because)(?![\p{L}])`,
);

export const financialDetail: Rule = (draft, ctx) => {
  const found: Finding[] = [];
  for (const hit of hits(draft, HANDLED_BILL)) {
    found.push(finding('financial_detail', 'block', hit, `"${hit.text}" tells of the reader's own claim or bill.`, 'Say their billing questions have been shared, and take details to a private conversation.'));
  }
  for (const hit of hits(draft, YOUR_PLAN)) {
    found.push(finding('financial_detail', 'block', hit, `"${hit.text}" discusses the reader's own insurance or bill.`, 'Speak of "coverage questions" in general and offer a private conversation.'));
  }
  for (const hit of hits(draft, THE_BILL)) {
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    if (!THE_BILL_IS_THEIRS.test(sentence) && !opensOnReader(sentence, ctx.post?.author)) continue;
    found.push(finding('financial_detail', 'block', hit, `"${hit.text}" in a sentence addressed to the reader refers to their own bill.`, 'Speak of "billing questions" in general and offer a private conversation.'));
  }
  // "The fee is $35" for a class we announce is a price anyone pays, not someone's bill.
  const announcement = UPCOMING_EVENT.test(draft);
  const postText = ctx.post?.text ?? '';
  const postAmounts = amountsToldAsOwn(postText);
  const priceAsked = PRICE_QUESTION.test(postText);
  for (const hit of hits(draft, MONEY)) {
    const sentence = sentenceAround(draft, hit.start, hit.end).text;
    const personal = addressesReader(draft, hit.start, hit.end) || postAmounts.has(amountKey(hit.text));
    if (priceAsked && !personal && !SOMEONES_CHARGE.test(sentence)) continue;
    // The policy allows amounts in announcements of gifts: "$212,000 for the new imaging suite, thank you to all who gave".
    if (!personal && GIFT.test(draft) && !BILLING_WORD.test(sentence)) continue;
    found.push(
      personal || (BILLING_WORD.test(sentence) && !announcement)
        ? finding('financial_detail', 'block', hit, `"${hit.text}" is an amount of money, which in a reply reads as the patient's bill.`, 'Leave amounts out; invite them to contact our billing team privately.')
        : finding('financial_detail', 'warn', hit, `"${hit.text}" is an amount of money; make sure it is not the reader's bill.`, 'Keep amounts for announcements such as donations and grants.'),
    );
  }
  for (const hit of hits(draft, YOUR_FINANCE)) {
    if (GENERAL_HELP_BEFORE.test(draft.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    found.push(finding('financial_detail', 'block', hit, `"${hit.text}" refers to the reader's own insurance or bill.`, 'Say "billing questions" in general and offer a private conversation with our billing team.'));
  }
  for (const hit of hits(draft, ECHOABLE)) {
    if (ctx.post?.text && wordPattern(alternation([hit.text]), 'iu').test(ctx.post.text)) {
      found.push(finding('financial_detail', 'block', hit, `"${hit.text}" repeats a billing detail from the post.`, 'Speak of "billing questions" in general.'));
    }
  }
  for (const hit of hits(draft, INSURER)) {
    const echoed = ctx.post?.text ? toldAsOwn(hit.text, ctx.post.text) : false;
    // "Yes, we accept Medicare, Ohio Medicaid and most commercial plans": which plans we take is a fact about us (policy
    // rule 5), unless the post told the plan as the author's own.
    if (!echoed && WE_ACCEPT_BEFORE.test(draft.slice(Math.max(0, hit.start - 80), hit.start))) continue;
    const acted = INSURER_ACTED.test(draft.slice(hit.end, hit.end + 30));
    // A whole word: "other Ohio Medicaid plans" holds "her" but speaks of nobody.
    const personal = /(?<![\p{L}])(?:your|you|su|tu|usted|his|her)(?![\p{L}])[^.!?]{0,30}$/iu.test(draft.slice(Math.max(0, hit.start - 30), hit.start));
    found.push(
      acted
        ? finding('financial_detail', 'block', hit, `"${hit.text}" and what it did tell of the reader's own claim.`, 'Do not mention insurers in public replies.')
        : echoed || personal
        ? finding('financial_detail', 'block', hit, `"${hit.text}" names the reader's insurer.`, 'Do not mention insurers in public replies.')
        : finding('financial_detail', 'warn', hit, `"${hit.text}" names an insurer; make sure it does not point to the reader's coverage.`, 'Keep insurer names for general announcements, not replies to a person.'),
    );
  }
  return found;
};
