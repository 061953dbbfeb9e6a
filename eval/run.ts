// `npm run eval`: every quality evaluation in one run, as markdown. Sets from ../shared/data are skipped, with a
// line saying so, when that folder is absent.
import { triageEval } from './triage.js';
import { replyGuardEval } from './reply-guard.js';

const started = Date.now();
process.stdout.write('# Redress evaluation\n\n## Triage\n\n');
process.stdout.write((await triageEval()) + '\n\n');
process.stdout.write('## Reply guard\n\n');
process.stdout.write((await replyGuardEval()) + '\n\n');
process.stdout.write(`_Evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s._\n`);
