// Points a validation error's path at the line of the YAML/JSON document being edited.
import { isCollection, LineCounter, parseDocument } from 'yaml';
import { parseFieldPath } from './fieldPath.js';

export interface SourceProblem {
  line: number | null;
  message: string;
}

/** 1-based line of the node at `path`, or of its nearest existing parent; null if the source doesn't parse. */
export function lineOfPath(source: string, path: string): number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) return null;
  const keys = parseFieldPath(path);
  for (let depth = keys.length; depth >= 0; depth--) {
    const prefix = keys.slice(0, depth);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      // A map or list starts on the line after its key; the key's line reads better.
      const pair = prefix.length > 0 && isCollection(node) ? keyLine(doc, prefix, lineCounter) : null;
      return pair ?? lineCounter.linePos(range[0]).line;
    }
  }
  return null;
}

function keyLine(doc: ReturnType<typeof parseDocument>, path: (string | number)[], lineCounter: LineCounter): number | null {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!parent || !('items' in (parent as object))) return null;
  const last = path[path.length - 1];
  for (const item of (parent as { items: unknown[] }).items) {
    const key = (item as { key?: { value?: unknown; range?: [number, number, number] } }).key;
    if (key && key.value === last && key.range) return lineCounter.linePos(key.range[0]).line;
  }
  return null;
}

/** Syntax problems in the editor text, reported before anything is sent. */
export function syntaxProblems(source: string): SourceProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  return doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? null, message: plainWords(e.code, e.message.split('\n')[0]) }));
}

// The parser's words ("Sequence item without - indicator") assume YAML is known; most slips are one of these few.
const PLAIN: Record<string, string> = {
  BAD_INDENT: 'This line is indented differently from the lines around it: items of one list, or fields of one entry, start at the same column.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  DUPLICATE_KEY: 'This name appears twice in the same entry.',
  MISSING_CHAR: 'A quote or bracket opened here is not closed.',
  BLOCK_AS_IMPLICIT_KEY: 'This line should read "name: value" or "- item"; check the colon and the indentation.',
  MULTILINE_IMPLICIT_KEY: 'This line should read "name: value" or "- item"; check the colon and the indentation.',
  UNEXPECTED_TOKEN: 'This line should read "name: value" or "- item"; check the colon and the indentation.',
};

function plainWords(code: string, parserMessage: string): string {
  const plain = PLAIN[code] ?? (/without - indicator|indent/i.test(parserMessage) ? PLAIN.BAD_INDENT : undefined);
  return plain ? `${plain} (${parserMessage})` : parserMessage;
}

export function parseSource(source: string): unknown {
  return parseDocument(source).toJS();
}
