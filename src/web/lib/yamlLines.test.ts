import { describe, expect, it } from 'vitest';
import { lineOfPath, parseSource, syntaxProblems } from './yamlLines.js';

const source = ['organization:', '  name: Mercy', 'sites:', '  - id: north', '    timeZone: Mars/Base', '  - id: south', '    timeZone: America/Chicago', ''].join('\n');

describe('locating validation errors in the settings editor', () => {
  it('finds the line of a dotted path', () => {
    expect(lineOfPath(source, 'sites[0].timeZone')).toBe(5);
  });

  it('finds the line of a JSON pointer path', () => {
    expect(lineOfPath(source, '/sites/1/timeZone')).toBe(7);
  });

  it('falls back to the nearest parent when the field is missing', () => {
    expect(lineOfPath(source, 'sites[1].publicEmail')).toBe(6);
  });

  it('points a path at a list to the key that holds it', () => {
    expect(lineOfPath(source, 'sites')).toBe(3);
  });

  it('reports syntax errors with their line before sending', () => {
    const problems = syntaxProblems('a: 1\nb: [1, 2\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].line).not.toBeNull();
    expect(syntaxProblems(source)).toEqual([]);
  });

  it('says what a misaligned list item means in plain words, keeping the parser\'s message', () => {
    const [problem] = syntaxProblems('- id: crisis\n  name: Crisis\n - id: billing\n');
    expect(problem.message).toMatch(/^This line is indented differently from the lines around it/);
    expect(syntaxProblems('a: 1\na: 2\n')[0].message).toMatch(/^This name appears twice in the same entry/);
  });

  it('reads JSON as well as YAML', () => {
    expect(parseSource('{"a": [1, 2]}')).toEqual({ a: [1, 2] });
  });
});
