// Brings an Arbor export written by any earlier version up to the current one. Each step
// takes the raw envelope of version n and returns version n + 1; a file from a newer Arbor
// is refused rather than guessed at.
import { EXPORT_VERSION } from './export-format';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades version n to n + 1. Version 1 is the first, so there are none yet. */
const MIGRATIONS: Record<number, Migration> = {};

export class NewerVersionError extends Error {}

export function migrateExport(
  data: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  if (version > EXPORT_VERSION) {
    throw new NewerVersionError(
      `This file was written by a newer Arbor (format version ${version}; this one reads up to ${EXPORT_VERSION}). Update Arbor, then import it again.`,
    );
  }
  let current = data;
  for (let v = version; v < EXPORT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No upgrade from Arbor export version ${v}.`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
