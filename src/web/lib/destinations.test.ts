import { describe, expect, it } from 'vitest';
import { blankDestination, bodyOf, draftOf, fieldProblems, localProblems, recipientsOf, type ApiDestination } from './destinations.js';

const hook: ApiDestination = { id: 'risk-hook', kind: 'webhook', name: 'Risk system', url: 'https://risk.example/hook', hasSecret: true, includeContent: false, allowPrivateAddress: true, enabled: false, problem: 'Turned off: nothing is sent here.' };

describe('destination form bodies', () => {
  it('sends recipients, not a target, for an email destination', () => {
    const body = bodyOf({ ...blankDestination(), id: 'risk-mail', name: 'Risk mailbox', recipients: 'risk@h.example, lead@h.example\n\nnight@h.example' });
    expect(body).toEqual({ id: 'risk-mail', kind: 'email', name: 'Risk mailbox', to: ['risk@h.example', 'lead@h.example', 'night@h.example'], includeContent: false, enabled: true });
  });

  it('sends only the address for Slack, even when recipients were typed before the kind changed', () => {
    const body = bodyOf({ ...blankDestination(), kind: 'slack', id: 'ed', name: 'ED', recipients: 'a@h.example', url: ' https://hooks.slack.com/services/T/B/x ', secret: 'typed-before-switching' });
    expect(body).toEqual({ id: 'ed', kind: 'slack', name: 'ED', url: 'https://hooks.slack.com/services/T/B/x', includeContent: false, enabled: true });
  });

  it('leaves a webhook’s secret out unless a new one is typed, so the saved one is kept', () => {
    expect(bodyOf(draftOf(hook), hook)).not.toHaveProperty('secret');
    expect(bodyOf({ ...draftOf(hook), secret: 'a-new-long-shared-secret' }, hook)).toMatchObject({ secret: 'a-new-long-shared-secret' });
  });

  it('keeps what the form does not show: the private-address permission and the off switch', () => {
    expect(bodyOf(draftOf(hook), hook)).toMatchObject({ allowPrivateAddress: true, enabled: false });
  });

  it('reads recipients separated by lines, commas or semicolons', () => {
    expect(recipientsOf(' a@h.example;b@h.example ,\n c@h.example ')).toEqual(['a@h.example', 'b@h.example', 'c@h.example']);
  });
});

describe('destination form problems', () => {
  it('asks for what is missing before sending, by field', () => {
    expect([...localProblems(blankDestination(), true).keys()]).toEqual(['id', 'name', 'to']);
    expect([...localProblems({ ...blankDestination(), kind: 'teams', id: 't', name: 'T' }, true).keys()]).toEqual(['url']);
  });

  it('puts a refused recipient under the recipients box, naming the address', () => {
    const draft = { ...blankDestination(), recipients: 'ok@h.example\nnobody' };
    const { byField, other } = fieldProblems([{ path: 'to[1]', message: 'not a valid email address' }, { path: 'url', message: 'must use https' }, { path: 'weird', message: 'x' }], draft);
    expect(byField.get('to')).toEqual(['nobody: not a valid email address']);
    expect(byField.get('url')).toEqual(['must use https']);
    expect(other).toEqual(['weird: x']);
  });
});
