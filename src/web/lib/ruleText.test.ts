import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../domain/routing/defaults.js';
import { DEFAULT_POLICIES } from '../../domain/clocks/defaults.js';
import { describeClockPolicy, describeMinutes, describeThen, describeWhen, type Names } from './ruleText.js';

const names: Names = {
  sites: new Map([['north', 'Northside Hospital']]),
  teams: new Map([['risk', 'Risk Management']]),
  users: new Map([['u1', 'Gregory Albright']]),
  clocks: new Map(DEFAULT_POLICIES.map((p) => [p.id, p.name])),
};
const rule = (id: string) => DEFAULT_RULES.find((r) => r.id === id)!;

describe('routing rules in sentences', () => {
  it('says every condition of a rule, with labels instead of codes', () => {
    expect(describeWhen(rule('in-the-building').when, names)).toEqual(['it is a complaint', 'timing is in the building now', 'the site is known']);
    expect(describeWhen({ risks: ['harm', 'legal'], sites: ['north', 'east'], sentiment: { below: -0.5 } }, names)).toEqual([
      'it carries harm or legal risk',
      'the site is Northside Hospital or east',
      'sentiment is below -0.5',
    ]);
  });

  it('says what a rule does, paging on-call people when it is urgent', () => {
    expect(describeThen(rule('crisis').then, names)).toEqual([
      'assign to whoever is on call in the social media team for the site',
      'set priority urgent',
      'start the Crisis response clock',
      'tag crisis',
      'page whoever is on call in the social media team for the site and the risk management team for the site (“Possible crisis in a public post”)',
    ]);
    expect(describeThen([{ assignTeam: 'risk', notify: { users: ['u1'], teams: ['site'] } }], names)).toEqual([
      'assign to Risk Management',
      "notify Gregory Albright and everyone in the site's own team",
    ]);
  });

  it('names the central team without tying it to a site', () => {
    expect(describeThen(rule('central').then, names)).toEqual(['assign to the central patient experience team']);
  });

  it('matches every post when a rule has no conditions', () => {
    expect(describeWhen({}, names)).toEqual([]);
  });
});

describe('clock policies in sentences', () => {
  it('gives the start, the time allowed, what meets it and the escalation ladder', () => {
    const outreach = DEFAULT_POLICIES.find((p) => p.id === 'private_outreach')!;
    expect(describeClockPolicy(outreach, names)).toBe(
      'Starts when a routing rule starts it on a new case; due after 24 hours (counted in business hours); met when a private message or call reaches the patient; warns at 75% of the time; escalates to the assignee at the due time and the team\'s manager 1 day past due.',
    );
  });

  it('writes elapsed minutes in whole days, hours and minutes', () => {
    expect([describeMinutes(15), describeMinutes(90), describeMinutes(4320), describeMinutes(0)]).toEqual(['15 minutes', '1 hour and 30 minutes', '3 days', 'no time']);
  });
});
