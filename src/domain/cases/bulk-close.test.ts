import { describe, expect, it } from 'vitest';
import { bulkCloseHolds, bulkCloseRefusal } from './bulk-close.js';

const plain = { number: 12, risks: [], priority: 'normal', timing: 'past', confidential: false };

describe('which cases a bulk close leaves open', () => {
  it('closes a case that needs no person, and leaves open one that is risky, urgent, in the building now or confidential', () => {
    expect(bulkCloseRefusal(plain)).toBeNull();
    expect(bulkCloseRefusal({ ...plain, priority: 'high' })).toBeNull();
    expect(bulkCloseHolds({ ...plain, risks: ['harm'] })).toEqual(['it carries a risk (harm)']);
    expect(bulkCloseHolds({ ...plain, priority: 'urgent' })).toEqual(['it is marked urgent']);
    expect(bulkCloseHolds({ ...plain, timing: 'now' })).toEqual(['the person is in the building now']);
    expect(bulkCloseHolds({ ...plain, confidential: true })).toEqual(['it is a confidential message']);
  });

  it('names the case and every reason in one sentence', () => {
    expect(bulkCloseRefusal({ ...plain, priority: 'urgent', timing: 'now', confidential: true })).toBe(
      'Case #12 stays open: it is marked urgent, the person is in the building now and it is a confidential message. Close it from the case itself, where its open clocks are shown.',
    );
  });
});
