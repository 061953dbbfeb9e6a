// What of an email triage and the case should read: the subject and the new words, without the quoted history a
// reply drags along ("On Tue, … wrote:", "-----Original Message-----", "> " lines), which repeats our own mail
// and can push a long thread past the size a post may have.
const HISTORY_START = [/^On .{1,200}wrote:\s*$/m, /^-{2,}\s*Original Message\s*-{2,}\s*$/im, /^_{10,}\s*$/m, /^From: .+\r?\n(?:Sent|Date): .+$/m];

export function newWords(body: string): string {
  const cut = Math.min(...HISTORY_START.map((p) => body.search(p)).filter((i) => i >= 0), body.length);
  return body
    .slice(0, cut)
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('>'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The post text of an email: its subject as the first line, then what the sender wrote this time. */
export function emailText(subject: string | undefined, body: string | undefined): string {
  const words = newWords(body ?? '');
  const title = subject?.trim();
  return title ? (words ? `${title}\n\n${words}` : title) : words;
}
