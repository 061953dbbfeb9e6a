// Medical record, account, claim and member numbers identify a patient on their own. Our own case
// reference for the complaint is not a record number, but long digit runs are still worth a second look.
import { finding, hits, wordPattern } from './match.js';
import type { Finding, Rule } from './types.js';

const LABEL = String.raw`(?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|patient\s+(?:id|number|no\.?|#)|account\s*(?:number|no\.?|#)|acct\.?(?:\s*(?:number|no\.?|#))?|claim\s*(?:number|no\.?|#|id)|member\s+(?:id|number|no\.?|#)|policy\s+(?:number|no\.?|#)|subscriber\s+(?:id|number)|group\s+(?:number|no\.?|#)|encounter\s+(?:number|no\.?|#|id)|visit\s+(?:number|no\.?|#|id)|invoice\s*(?:number|no\.?|#)|(?:statement|bill|billing\s+statement)\s*(?:number|no\.?|#|id)|(?:lab\s+|test\s+|referral\s+)?order\s*(?:number|no\.?|#|id)|lab\s+order|(?:factura|estado\s+de\s+cuenta|recibo)\s+(?:n[úu]mero|no\.?|#)|n[úu]mero\s+de\s+(?:factura|orden|recibo)|billing\s+(?:number|id)|guarantor\s+(?:number|id)|ssn|social\s+security\s+number|date\s+of\s+birth|dob|n[úu]mero\s+de\s+(?:expediente|cuenta|paciente|reclamo|póliza|afiliado)|expediente\s+(?:n[úu]mero|no\.?|#))`;
const LABELLED = wordPattern(String.raw`${LABEL}(?:\s+(?:for|of)\s+you)?\s*(?:is|was|:|#|es)?\s*[#:]?\s*[A-Z]{0,4}[-\s]?\d[\d-]{2,}[A-Z\d]*|${LABEL}\s*(?:is|was|:|#|es)?\s*[#:]?\s*[A-Z]{1,4}\d{3,}`);
// "claim 99812", "account 7730021": the label alone before digits.
const BARE_LABEL = wordPattern(String.raw`(?:claim|account|acct|member|policy|invoice|mrn|expediente|cuenta|factura)\s+#?\s*[A-Z]{0,4}-?(?:\d{4,}|\d{2,}(?:-\d{2,}){1,3}|(?:\d\s){4,}\d)`);
const YOUR_LABEL = wordPattern(String.raw`(?:your|su|tu)\s+(?:[\p{L}]+\s+){0,3}?(?:${LABEL})`);
// "your account ending in 4421": even a fragment of a number points to one record.
const ENDING_IN = wordPattern(String.raw`(?:account|card|policy|member\s+id|cuenta|tarjeta)\s+(?:ending|que\s+termina)\s+(?:in|en)\s+\d{2,}`);
// "your account (#RB-4410287)": the reader's own record, however the number is punctuated.
const YOUR_RECORD_NUMBER = wordPattern(String.raw`(?:your|su|tu)\s+(?:[\p{L}]+\s+){0,2}?(?:account|acct|claim|chart|record|file|policy|cuenta|expediente|reclamo)\s*,?\s*(?:(?:number|no\.?|n[úu]mero)\s*)?\(?\s*#?\s*[A-Z]{0,4}-?\d{4,}`);
// "the last 4 of the SSN on file": even part of a Social Security number identifies the reader.
const SSN_PART = wordPattern(String.raw`(?:last|final|últimos)\s+(?:4|four|cuatro)\s+(?:digits\s+|dígitos\s+)?(?:of|de)\s+(?:the\s+|your\s+|su\s+)?(?:ssn|social(?:\s+security(?:\s+number)?)?|seguro\s+social)|(?:ssn|social\s+security\s+number)\s+on\s+file`);
const SSN = /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g;
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
// "2026-02-11", "3-14-2025": dates are the service-date rule's.
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;
// "RB-SLP-0041873": a study, member or record number may carry a few letter prefixes before its digits.
const LONG_ID = /(?<![\d\p{L}$.,/-])(?:[A-Z]{1,4}-?){0,3}\d{6,}(?![\d\p{L}])/gu;
// "1R01HS029417": letters and digits mixed in one capitalized code (grants, member IDs), counted when it holds six digits.
const MIXED_ID = /(?<![\d\p{L}-])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{8,}(?![\d\p{L}])/gu;
const OUR_REFERENCE = /(?:case|reference|ref|ticket|feedback|complaint)\s*(?:number|no\.?|#|id)?(?:\s+is)?\s*[:#]?\s*$/i;
// "ref 55-210-8834": digits in dashed groups, which LONG_ID reads as short numbers. A phone number's shape is left to the
// contacts rule.
const GROUPED_ID = /(?<![\d\p{L}$.,/-])(?:[A-Z]{1,4}-?)?\d{2,}(?:-\d{2,}){1,4}(?![\d\p{L}]|-\d)/gu;
const PHONE_SHAPE = /^(?:(?:1-)?\d{3}-)?\d{3}-\d{4}$/;
const digitsOf = (text: string) => text.replace(/\D/g, '');

export const recordNumber: Rule = (draft, ctx) => {
  const level = ctx.visibility === 'private' ? 'warn' : 'block';
  const found: Finding[] = [];
  for (const pattern of [LABELLED, BARE_LABEL, YOUR_LABEL, ENDING_IN, YOUR_RECORD_NUMBER, SSN_PART]) {
    for (const hit of hits(draft, pattern)) {
      found.push(finding('record_number', level, hit, `"${hit.text}" is a record, account or insurance identifier.`, 'Never post identifiers; verify identity privately by phone or secure message.'));
    }
  }
  for (const hit of hits(draft, SSN)) {
    found.push(finding('record_number', level, hit, `"${hit.text}" looks like a Social Security number.`, 'Remove it.'));
  }
  const postDigits = [...(ctx.post?.text ?? '').matchAll(/\d[\d\s-]*\d/g)].map((m) => digitsOf(m[0]));
  const grouped = hits(draft, GROUPED_ID).filter((hit) => digitsOf(hit.text).length >= 6 && !PHONE_SHAPE.test(hit.text) && !SSN_SHAPE.test(hit.text) && !DATE_SHAPE.test(hit.text));
  // Grouped numbers first: "20240518-7731" is one number, not "20240518" and a tail.
  const mixed = hits(draft, MIXED_ID).filter((hit) => digitsOf(hit.text).length >= 6);
  for (const hit of [...grouped, ...hits(draft, LONG_ID), ...mixed]) {
    // Part of a number already reported ("account, number 5520-0187") is the same number.
    if (found.some((f) => f.start < hit.end && hit.start < f.end)) continue;
    // Repeating the number the reader posted ("please don't post numbers like RB-448120") republishes their identifier,
    // however either side punctuates it and whatever the reply calls it.
    const echoed = ctx.visibility === 'public' && (Boolean(ctx.post?.text.includes(hit.text)) || postDigits.includes(digitsOf(hit.text)));
    // Our own case reference is not a record number; a long one is still worth a second look, as any long number is.
    const ours = OUR_REFERENCE.test(draft.slice(Math.max(0, hit.start - 30), hit.start));
    found.push(
      echoed
        ? finding('record_number', 'block', hit, `"${hit.text}" repeats an identifier from the post.`, 'Do not repeat numbers the reader posted; ask them to remove it and contact us privately.')
        : finding('record_number', 'warn', hit, ours ? `"${hit.text}" is a reference number; make sure it is ours, not the reader's.` : `"${hit.text}" looks like an identifier.`, 'Make sure it is not a record, account or claim number.'),
    );
  }
  return found;
};
