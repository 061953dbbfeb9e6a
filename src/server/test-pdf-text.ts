// Reads the text back out of a PDF written by pdfkit with the built-in fonts, for tests: inflates the page streams
// and joins the hex strings of the text operators (Tj, TJ), decoded as Latin-1, one space between operators.
import { inflateSync } from 'node:zlib';

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const m of raw.matchAll(/<<((?:(?!>>).)*?)>>\s*stream\r?\n/gs)) {
    const start = m.index! + m[0].length;
    const data = Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1');
    const content = /FlateDecode/.test(m[1]) ? inflateSync(data).toString('latin1') : data.toString('latin1');
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[2] ?? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      texts.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return texts.join(' ').replace(/\s+/g, ' ');
}
