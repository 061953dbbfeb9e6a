import { describe, expect, it } from 'vitest';
import { readNewPages } from './pages.js';

// A newest-first listing of `total` items, `size` a page; items up to `seen` (counted from the oldest) were read before.
function listing(total: number, size: number, seen: number) {
  const read: number[] = [];
  const readPage = async (cursor: string | null) => {
    const start = Number(cursor ?? 0);
    const items = Array.from({ length: Math.min(size, total - start) }, (_, i) => total - start - i);
    const fresh = items.filter((n) => n > seen);
    read.push(...fresh);
    return { reachedSeen: fresh.length < items.length, next: start + size < total ? String(start + size) : null };
  };
  return { read, readPage };
}

describe('reading what is new in a newest-first listing', () => {
  it('stops at the first page that reaches what was read before', async () => {
    const l = listing(10, 3, 6);
    expect(await readNewPages(l.readPage, 5)).toEqual({ truncated: false });
    expect(l.read).toEqual([10, 9, 8, 7]);
  });

  it('reads to the end of a listing shorter than the page limit', async () => {
    const l = listing(5, 2, 0);
    expect(await readNewPages(l.readPage, 5)).toEqual({ truncated: false });
    expect(l.read).toEqual([5, 4, 3, 2, 1]);
  });

  it('reports a burst longer than the page limit as truncated, having read its newest pages', async () => {
    const l = listing(10, 2, 0);
    expect(await readNewPages(l.readPage, 3)).toEqual({ truncated: true });
    expect(l.read).toEqual([10, 9, 8, 7, 6, 5]);
  });
});
