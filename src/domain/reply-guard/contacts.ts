// Public replies may only point to the contacts the organization approved for publication: the
// switchboard and patient-experience lines and mailboxes. Staff direct lines, extensions and personal
// mailboxes invite calls to people who cannot take them and expose staff.
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';
import { finding, hits } from './match.js';
import type { Finding, Rule, RuleContext } from './types.js';

// Fictional and test numbers (555-01xx) are not "valid" to libphonenumber, so plain NANP shapes are matched too.
const NANP = /(?<![\d\p{L}])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:ext\.?|extension|x|ext|#)\s*\d{1,6})?(?!\d)/giu;
const LOCAL = /(?<![\d\p{L}$.,/-])\d{3}[.-]\d{4}(?:\s*(?:ext\.?|extension|x|#)\s*\d{1,6})?(?![\d\p{L}])/giu;
// "press 2, then dial 5519": a menu choice is public, but the digits dialed after it reach one person.
const BARE_EXTENSION = /(?<![\p{L}])(?:ext\.?|extension|extensión|x|(?:dial|enter|marque|marcar)\s+)\s*\d{3,6}(?!\d)/giu;
// "five five five, zero one zero, four four one two": a number spelled out to get past a filter is still a number.
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DIGIT_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)`;
const SPELLED_PHONE = new RegExp(String.raw`(?<![\p{L}])${DIGIT_WORD}(?:[\s,.-]+${DIGIT_WORD}){6,10}(?![\p{L}])`, 'giu');
const SPANISH_DIGITS: Record<string, string> = { cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9' };
const spelledDigits = (text: string) =>
  text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).map((w) => (w === 'oh' ? '0' : SPANISH_DIGITS[w] ?? String(DIGIT_WORDS.indexOf(w)))).join('');
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// "jlee at riverbend dot org" is still an address.
const SPELLED_EMAIL = /(?<![\w.+-])[\w.+-]+\s*(?:\[at\]|\(at\)|\sat\s)\s*[\w-]+\s*(?:(?:\[dot\]|\(dot\)|\sdot\s)\s*[\w-]+)+/giu;

interface Phone {
  digits: string;
  ext: string;
}

function parsePhone(text: string): Phone {
  const extMatch = /(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i.exec(text);
  const main = extMatch ? text.slice(0, extMatch.index) : text;
  let digits = main.replace(/\D/g, '');
  const parsed = parsePhoneNumberFromString(main, 'US');
  if (parsed) digits = parsed.nationalNumber;
  else if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return { digits, ext: extMatch?.[1] ?? '' };
}

function approvedPhones(ctx: RuleContext): Phone[] {
  return [...(ctx.profile.organization.publicPhones ?? []), ...ctx.profile.sites.map((s) => s.publicPhone ?? '')].filter(Boolean).map(parsePhone);
}

function isApproved(phone: Phone, approved: Phone[]): boolean {
  // A 7-digit local number matches an approved number with the same last seven digits.
  return approved.some((a) => a.ext === phone.ext && (a.digits === phone.digits || (phone.digits.length === 7 && a.digits.endsWith(phone.digits))));
}

// "account 661-0043-22" is an identifier that happens to look like a phone number (the record rule judges it).
// So is our own reference for the complaint ("feedback ticket 2024118873").
const IDENTIFIER_LABEL_BEFORE = /(?:account|acct|claim|member|policy|invoice|bill|statement|mrn|record|order|cuenta|factura|expediente|case|ticket|reference|ref|confirmation|complaint|caso|folio)\s*(?:number|no\.?|#|id|n[úu]mero)?\s*[:#]?\s*$/iu;

export const directPhone: Rule = (draft, ctx) => {
  if (ctx.visibility === 'private') return [];
  const approved = approvedPhones(ctx);
  const spans: { start: number; end: number; text: string }[] = [];
  for (const found of findPhoneNumbersInText(draft, { defaultCountry: 'US' })) {
    spans.push({ start: found.startsAt, end: found.endsAt, text: draft.slice(found.startsAt, found.endsAt) });
  }
  for (const pattern of [NANP, LOCAL]) {
    for (const hit of hits(draft, pattern)) if (!spans.some((s) => s.start < hit.end && hit.start < s.end)) spans.push(hit);
  }
  const out: Finding[] = [];
  for (const span of spans) {
    // Take a trailing extension the phone library left out, so "(555) 010-0100 ext. 42" is judged whole.
    const ext = /^\s*(?:ext\.?|extension|x|#)\s*\d{1,6}/i.exec(draft.slice(span.end));
    const whole = ext ? { start: span.start, end: span.end + ext[0].length, text: span.text + ext[0] } : span;
    if (isApproved(parsePhone(whole.text), approved) || IDENTIFIER_LABEL_BEFORE.test(draft.slice(Math.max(0, span.start - 25), span.start))) continue;
    out.push(finding('direct_phone', 'block', whole, `"${whole.text.trim()}" is not an approved public number.`, 'Use the approved patient experience or switchboard number from the organization profile.'));
  }
  for (const hit of hits(draft, SPELLED_PHONE)) {
    if (isApproved({ digits: spelledDigits(hit.text).replace(/^1(?=\d{10}$)/, ''), ext: '' }, approved)) continue;
    out.push(finding('direct_phone', 'block', hit, `"${hit.text}" spells out a phone number that is not approved for public use.`, 'Use the approved patient experience or switchboard number from the organization profile.'));
  }
  for (const hit of hits(draft, BARE_EXTENSION)) {
    if (out.some((f) => f.start <= hit.start && f.end >= hit.end) || spans.some((s) => s.start <= hit.start && s.end >= hit.start)) continue;
    if (/^x\s/i.test(hit.text)) continue; // "3 x 12" is arithmetic, not an extension
    out.push(finding('direct_phone', 'block', hit, `"${hit.text}" is an extension that reaches a person directly.`, 'Use the approved patient experience number without an extension.'));
  }
  return out;
};

export const personalEmail: Rule = (draft, ctx) => {
  if (ctx.visibility === 'private') return [];
  const approved = new Set(
    [...(ctx.profile.organization.publicEmails ?? []), ...ctx.profile.sites.map((s) => s.publicEmail ?? '')].filter(Boolean).map((e) => e.toLowerCase()),
  );
  return [...hits(draft, EMAIL), ...hits(draft, SPELLED_EMAIL)]
    .filter((hit) => !approved.has(hit.text.replace(/[.]+$/, '').toLowerCase()))
    .map((hit) => {
      const text = hit.text.replace(/[.]+$/, '');
      return finding('personal_email', 'block', { start: hit.start, end: hit.start + text.length }, `"${text}" is not an approved public email address.`, 'Use the approved patient experience mailbox from the organization profile.');
    });
};
