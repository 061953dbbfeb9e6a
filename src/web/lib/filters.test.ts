import { describe, expect, it } from 'vitest';
import { casesApiQuery, countLabel, shownLabel, defaultSort, filtersFromQuery, filtersToQuery, matchingView, SAVED_VIEWS, viewCountsQuery, viewKey, withFilter } from './filters.js';

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

  it('lists the open queue by what is due when the view names no order, and ended cases newest first', () => {
    expect(casesApiQuery({}, null).get('sort')).toBe('due');
    expect(casesApiQuery({ assignee: ['me'] }, null).get('sort')).toBe('due');
    expect(casesApiQuery({ status: ['in_recovery'] }, null).get('sort')).toBe('due');
    expect(casesApiQuery({ status: ['all'], q: 'parking' }, null).get('sort')).toBe('newest');
    expect(defaultSort({ status: ['resolved', 'new'] })).toBe('newest');
  });

  it('keeps an order that was chosen or saved with the view', () => {
    expect(casesApiQuery({ sort: 'newest' }, null).get('sort')).toBe('newest');
    const approval = SAVED_VIEWS.find((v) => v.id === 'approval')!;
    expect(casesApiQuery(approval.filters, null).get('sort')).toBe('oldest');
  });

  it('takes a view that spells out its default order for the same view', () => {
    expect(matchingView({ sort: 'due' })?.id).toBe('all-open');
    expect(matchingView({ sort: 'newest' })).toBeUndefined();
    expect(viewKey({ category: ['billing'] })).toBe(viewKey({ category: ['billing'], sort: 'due' }));
  });

  it('names the view of overdue cases for what it holds: breached as well as due soon', () => {
    const breaching = SAVED_VIEWS.find((v) => v.id === 'breaching')!;
    expect(breaching.name).toBe('Overdue or due soon');
    expect(breaching.filters.clockState).toEqual(['warning', 'breached']);
  });

  it('asks for the counts of every view at once, each with its filters and the open statuses, without an order', () => {
    const query = viewCountsQuery(SAVED_VIEWS);
    const views = query.getAll('view');
    expect(views).toHaveLength(SAVED_VIEWS.length);
    expect(views).toContain('mine:assignee=me&status=new%2Ctriaged%2Cacknowledged%2Cin_recovery');
    expect(views.find((v) => v.startsWith('approval:'))).toBe('approval:awaiting=approval&status=new%2Ctriaged%2Cacknowledged%2Cin_recovery');
    expect(views.some((v) => v.includes('sort='))).toBe(false);
  });

  it('writes a count past the cap as "1,000+"', () => {
    expect(countLabel(141, false)).toBe('141');
    expect(countLabel(1000, true)).toBe('1,000+');
  });

  it('says how much of the list is shown against how many cases match', () => {
    expect(shownLabel(50, { count: 141, capped: false }, true)).toBe('50 of 141');
    expect(shownLabel(50, { count: 1000, capped: true }, true)).toBe('50 of 1,000+');
    expect(shownLabel(12, { count: 12, capped: false }, false)).toBe('All 12 shown');
    expect(shownLabel(1, { count: 1, capped: false }, false)).toBe('1 case');
    // Rows a live update added since the count was taken.
    expect(shownLabel(52, { count: 50, capped: false }, true)).toBe('52 of 52');
    expect(shownLabel(50, null, true)).toBe('50 shown');
  });
});
