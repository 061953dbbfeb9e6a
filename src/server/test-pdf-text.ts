// Reads the text back out of a PDF written by pdfkit, for tests. pdfkit embeds TrueType fonts with two-byte glyph
// codes and a ToUnicode map per font, so this inflates every stream, reads the maps, follows `/Fx size Tf` in the
// page streams to know the current font, and decodes the hex strings of the text operators (Tj, TJ) through it,
// one space between operators.
import { inflateSync } from 'node:zlib';

interface PdfStream {
  dict: string;
  content: string;
}

function streams(raw: string): Map<number, PdfStream> {
  const out = new Map<number, PdfStream>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!>>\s*stream|endobj).)*?)>>\s*stream\r?\n/gs)) {
    const start = m.index! + m[0].length;
    const data = Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1');
    out.set(Number(m[1]), { dict: m[2], content: (/FlateDecode/.test(m[2]) ? inflateSync(data) : data).toString('latin1') });
  }
  return out;
}

/** A ToUnicode CMap: `<lo> <hi> <dst>` and `<lo> <hi> [<d1> <d2> …]` ranges, and `<src> <dst>` chars. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(?:<([0-9a-f]+)>|\[([^\]]*)\])/gi)) {
      const lo = parseInt(r[1], 16);
      const hi = parseInt(r[2], 16);
      // A ligature maps to several characters, written with spaces inside: <0066 0069>.
      const list = r[4] ? [...r[4].matchAll(/<([0-9a-f\s]+)>/gi)].map((d) => text(d[1].replace(/\s/g, ''))) : null;
      for (let code = lo; code <= hi; code++) map.set(code, list ? (list[code - lo] ?? '') : String.fromCodePoint(text(r[3]).codePointAt(0)! + code - lo));
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const c of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(parseInt(c[1], 16), text(c[2]));
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const all = streams(raw);
  // Font resource names (/F1) → font object → its ToUnicode stream.
  const fontMaps = new Map<string, Map<number, string>>();
  for (const res of raw.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
    for (const f of res[1].matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = new RegExp(`(?:^|\\s)${f[2]} 0 obj\\s*<<((?:(?!endobj).)*?)>>`, 's').exec(raw);
      const cmapRef = font && /\/ToUnicode (\d+) 0 R/.exec(font[1]);
      const cmap = cmapRef && all.get(Number(cmapRef[1]));
      if (cmap) fontMaps.set(f[1], toUnicode(cmap.content));
    }
  }
  const texts: string[] = [];
  for (const { content } of all.values()) {
    let map: Map<number, string> | undefined;
    for (const op of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1]) {
        map = fontMaps.get(op[1]);
        continue;
      }
      const hex = op[3] ?? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      let line = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) line += map?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      texts.push(line);
    }
  }
  return texts.join(' ').replace(/\s+/g, ' ');
}
