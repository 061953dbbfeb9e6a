// The real Redress server for e2e: the lead's test/support/server.ts when present (temp embedded DB,
// demo loaded), otherwise `node bin/redress.js start` on a free port with a temp data dir.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './browser.js';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const sharedHelper = join(repoRoot, 'test/support/server.ts');

/** A server someone already started (REDRESS_E2E_URL=http://…), used as is and left running. */
const givenUrl = process.env.REDRESS_E2E_URL;

/** Whether there is a server to test against yet (a given URL, the lead's helper or the CLI entry point). */
export const hasServer = Boolean(givenUrl) || existsSync(sharedHelper) || existsSync(join(repoRoot, 'src/cli/commands/serve.ts'));

export async function startServer(): Promise<RunningServer> {
  if (givenUrl) return { url: givenUrl.replace(/\/$/, ''), stop: async () => {} };
  if (existsSync(sharedHelper)) {
    // A variable path keeps the type checker from requiring the helper before it exists.
    const helperPath: string = sharedHelper;
    const helper = (await import(helperPath)) as { startTestServer: (opts?: object) => Promise<RunningServer> };
    return helper.startTestServer();
  }
  return spawnServer();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function spawnServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-'));
  const child = spawn(process.execPath, [join(repoRoot, 'bin/redress.js'), 'start', '--demo'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), REDRESS_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redress start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/auth/me`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
