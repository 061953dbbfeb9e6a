import { describe, expect, it } from 'vitest';
import { dataUrlPayload, imageProblem } from './files.js';

describe('screenshot upload', () => {
  it('keeps only the base64 payload of a data URL', () => {
    expect(dataUrlPayload('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
  });

  it('accepts images under the limit and explains what is wrong otherwise', () => {
    expect(imageProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(imageProblem({ type: 'image/heic', size: 1000 })).toMatch(/PNG, JPEG/);
    expect(imageProblem({ type: 'application/pdf', size: 1000 })).toMatch(/PNG, JPEG/);
    expect(imageProblem({ type: 'image/jpeg', size: 6 * 1024 * 1024 })).toMatch(/6\.0 MB/);
  });
});
