import { describe, expect, it } from 'vitest';
import { analyze, ENGINE_VERSION } from './analyze.js';
import { RIVERSIDE } from './test-profile.js';

describe('analyze', () => {
  it('grades severity from inconvenience to harm', () => {
    const severity = (text: string) => analyze({ text }, RIVERSIDE).severity;
    expect(severity('Lovely staff, thank you.')).toBe(0);
    expect(severity('The receptionist was rude.')).toBe(1);
    expect(severity('We were overcharged and billed twice for the same scan.')).toBe(2);
    expect(severity('They gave my father the wrong medication and he ended up in intensive care.')).toBe(3);
  });

  it('raises a wait that is still going on to medium severity when the patient has an urgent condition, and says why', () => {
    const waiting = analyze({ text: 'Sitting in the ER waiting room for four hours now. My dad has chest pain and he is 80. Nobody has come.' }, RIVERSIDE);
    expect(waiting.severity).toBe(2);
    expect(waiting.evidence.find((e) => e.field === 'severity')?.text).toBe('chest pain');
    // a head injury on blood thinners left waiting is a safety event in itself
    const anticoagulated = analyze({ text: 'Sitting in the ER waiting room for four hours now. My dad hit his head and he is on blood thinners. Nobody has come.' }, RIVERSIDE);
    expect(anticoagulated).toMatchObject({ severity: 3, risks: ['harm'] });
    expect(anticoagulated.evidence.find((e) => e.field === 'risk')?.text).toBe('hit his head');
    // The same wait told afterwards is still an inconvenience to recover, not an emergency to walk over to.
    expect(analyze({ text: 'Last year my dad hit his head and waited four hours in the ER. Nobody came.' }, RIVERSIDE).severity).toBe(1);
  });

  it('leaves categories empty when there is no complaint', () => {
    expect(analyze({ text: 'The billing office sorted my insurance quickly, great service.' }, RIVERSIDE).categories).toEqual([]);
  });

  it('backs every decision with evidence whose offsets point at the text', () => {
    const text = 'Sitting in the Oakton ER, 5 hours and nobody came. The nurse was rude. My lawyer will hear about this.';
    const t = analyze({ text }, RIVERSIDE);
    for (const e of t.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    const fields = new Set(t.evidence.map((e) => e.field));
    for (const f of ['complaint', 'category', 'risk', 'timing', 'site', 'language', 'sentiment']) expect(fields).toContain(f);
    expect(t.evidence.find((e) => e.field === 'category' && e.value === 'respect')?.text).toBe('rude');
  });

  it('marks the words that tell, not a bare "n\'t" that merely counts', () => {
    const t = analyze({ text: "I don't know who to ask. Nobody has come in three hours and I can't find a nurse." }, RIVERSIDE);
    const marked = t.evidence.filter((e) => e.field === 'complaint' || e.field === 'sentiment').map((e) => e.text);
    expect(marked).toContain('Nobody has come');
    expect(marked).not.toContain("n't");
  });

  it('is deterministic and names its engine', () => {
    const input = { id: 'p1', text: 'Great, six hours in the waiting room.' };
    expect(analyze(input, RIVERSIDE)).toEqual(analyze(input, RIVERSIDE));
    expect(analyze(input, RIVERSIDE)).toMatchObject({ id: 'p1', engine: ENGINE_VERSION });
  });
});
