import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from './problems.js';

describe('problems people can read', () => {
  it('says what a patterned field must be, from its description, instead of quoting the pattern', () => {
    const schema = Type.Object({ email: Type.String({ pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', description: 'an email address' }), code: Type.String({ pattern: '^[A-Z]+$' }) });
    expect(schemaProblems(schema, { email: 'not-an-email', code: 'x' })).toEqual([
      { path: 'email', message: 'must be an email address' },
      { path: 'code', message: expect.stringMatching(/^Expected string to match/) },
    ]);
  });
});
