// Vitest global setup: the browser tests drive the built web app in dist/web, so it is built once, before any test
// file starts, when it is missing or older than its sources. Building here rather than in each browser test file
// keeps parallel files from building at once, and keeps an edit to src/web from being tested against an old bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './browser.js';

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

export default function setup(): void {
  const bundle = join(repoRoot, 'dist/web/index.html');
  const sources = [join(repoRoot, 'src/web'), join(repoRoot, 'vite.config.ts')];
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' });
}
