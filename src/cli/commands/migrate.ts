// `redress migrate`: applies what is missing, under a lock, and says what it did.
import type { Command } from '../io.js';
import { readEnv } from '../../config/env.js';
import { openDatabase } from '../../app/runtime.js';

export const migrateCommand: Command = async (_args, io) => {
  const { db, release, applied } = await openDatabase(readEnv(io.env), { purpose: 'redress migrate', autoMigrate: true });
  await db.close();
  release();
  io.stdout.write(applied.length ? `Applied ${applied.join(', ')}.\n` : 'The schema is already current.\n');
  return 0;
};
