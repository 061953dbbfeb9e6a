#!/usr/bin/env node
// The `redress` command: loads the TypeScript CLI through tsx so `npx redress …` works in a checkout after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
