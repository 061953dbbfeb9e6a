import { describe, expect, it } from 'vitest';
import { casesApiQuery, filtersFromQuery, filtersToQuery, matchingView, SAVED_VIEWS, withFilter } from './filters.js';

describe('inbox filters in the URL', () => {
  it('round-trips multi-value and single filters', () => {
    const filters = { site: ['north', 'south'], risk: ['harm'], q: 'parking', sort: 'due' };
    const query = filtersToQuery(filters);
    expect(query.toString()).toBe('site=north%2Csouth&risk=harm&q=parking&sort=due');
    expect(filtersFromQuery(query)).toEqual(filters);
  });

  it('drops empty values and unknown parameters when reading a URL', () => {
    expect(filtersFromQuery(new URLSearchParams('site=,north,&q=%20&bogus=1&platform='))).toEqual({ site: ['north'] });
  });

  it('asks the API for the open queue when no status is chosen', () => {
    expect(casesApiQuery({}, null).get('status')).toBe('new,triaged,acknowledged,in_recovery');
  });

  it('sends no status at all for the "all" status and passes the cursor on', () => {
    const q = casesApiQuery({ status: ['all'], category: ['billing'] }, 'abc', 25);
    expect(q.has('status')).toBe(false);
    expect(q.get('category')).toBe('billing');
    expect(q.get('cursor')).toBe('abc');
    expect(q.get('limit')).toBe('25');
  });

  it('removes a filter when its last value is cleared', () => {
    expect(withFilter({ site: ['north'], q: 'x' }, 'site', [])).toEqual({ q: 'x' });
  });

  it('recognises a saved view from its filters whatever their order', () => {
    const breaching = SAVED_VIEWS.find((v) => v.id === 'breaching')!;
    expect(matchingView({ sort: 'due', clockState: ['warning', 'breached'] })).toBe(breaching);
    expect(matchingView({ clockState: ['breached'] })).toBeUndefined();
  });
});
