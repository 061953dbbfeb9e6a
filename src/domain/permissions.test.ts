import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTION_PHRASES, can, inScope, mayBeAssigned, notPermittedMessage } from './permissions.js';
import { ROLES } from '../config/file-schema.js';
import { APPROVER_ROLES } from './routing/schema.js';

describe('permissions', () => {
  it('lets a viewer read but never reply or change a case', () => {
    expect(can('viewer', 'case.read')).toBe(true);
    expect(can('viewer', 'reply.send')).toBe(false);
    expect(can('viewer', 'case.update')).toBe(false);
  });

  it('keeps guard overrides and settings away from social agents', () => {
    expect(can('social_agent', 'reply.send')).toBe(true);
    expect(can('social_agent', 'reply.override_guard')).toBe(false);
    expect(can('social_agent', 'settings.manage')).toBe(false);
    expect(can('risk_manager', 'reply.override_guard')).toBe(true);
  });

  it('keeps the viewer read-only: no forwarding either', () => {
    expect(can('viewer', 'post.forward')).toBe(false);
    expect(notPermittedMessage('viewer', 'post.forward')).toBe('Your role (Viewer) may not forward posts.');
  });

  it('lets a routing rule name as approvers exactly the roles that may approve replies', () => {
    expect([...APPROVER_ROLES].sort()).toEqual(ROLES.filter((role) => can(role, 'reply.approve')).sort());
  });

  it('scopes users to their sites, hiding cases of unknown site from scoped users', () => {
    expect(inScope(['north'], 'patient_experience', 'north')).toBe(true);
    expect(inScope(['north'], 'patient_experience', 'south')).toBe(false);
    expect(inScope(['north'], 'patient_experience', null)).toBe(false);
    expect(inScope([], 'patient_experience', null)).toBe(true);
    expect(inScope(['north'], 'admin', 'south')).toBe(true);
  });

  it('assigns a case only to someone who works cases and sees its site', () => {
    expect(mayBeAssigned({ role: 'social_agent', sites: ['north'] }, 'north')).toBe(true);
    expect(mayBeAssigned({ role: 'social_agent', sites: ['north'] }, 'south')).toBe(false);
    expect(mayBeAssigned({ role: 'social_agent', sites: ['north'] }, null)).toBe(false);
    expect(mayBeAssigned({ role: 'viewer', sites: [] }, 'north')).toBe(false);
    expect(mayBeAssigned({ role: 'admin', sites: ['north'] }, null)).toBe(true);
  });

  it('says in plain words which role lacks which action, with no dotted action names', () => {
    expect(notPermittedMessage('viewer', 'reply.send')).toBe('Your role (Viewer) may not send replies.');
    expect(notPermittedMessage('social_agent', 'reply.approve')).toBe('Your role (Social media agent) may not approve replies.');
    for (const action of ACTIONS) expect(ACTION_PHRASES[action]).toMatch(/^[a-z][a-z ]+[a-z]$/);
  });
});
