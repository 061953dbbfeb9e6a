import { describe, expect, it } from 'vitest';
import { addressesProvider } from './addressee.js';
import { RIVERSIDE } from './test-profile.js';

const addresses = (text: string) => addressesProvider(text, RIVERSIDE);

describe('whom a handle addresses', () => {
  it('takes a company-like handle as someone who may be a provider', () => {
    expect(addresses('@CityBuses the 7:40 never came')).toBe(true);
    expect(addresses('so the oven from @HomeGoodsDirect is broken')).toBe(true);
  });

  it('takes a handle with digits in it, or padded with an underscore, as a private person', () => {
    expect(addresses('@marta_k1988 that match was brutal')).toBe(false);
    expect(addresses('@jayjay07 @tom4ever lol same')).toBe(false);
    expect(addresses('@_wrenna honestly the worst episode')).toBe(false);
    expect(addresses('@wrenna__ honestly the worst episode')).toBe(false);
    expect(addresses('@City_Buses the 7:40 never came')).toBe(true);
  });

  it('always counts our own handles', () => {
    expect(addresses('@tina_r92 @RiversideHealth the wait was long')).toBe(true);
  });

  it('reads the handles a reply opens with as the thread, not as whom the author writes to', () => {
    expect(addresses('@quietfox @CityBuses you are both wrong about the referee')).toBe(false);
    expect(addresses('@quietfox @CityBuses agreed, and @CityBuses still owes me a refund')).toBe(true);
  });

  it('reads one account named twice at the start as the one it is written to', () => {
    expect(addresses('@CityBuses @CityBuses hello?')).toBe(true);
  });
});
