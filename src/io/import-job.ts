// The restore pipeline for one import: read each file, convert and repair it, then preview
// the decision against the database; on commit, decide again and write it all in one
// transaction. Runs inside the parse worker in the app, and directly in tests.
import { decideAgainstDb, writeImport, type ImportLookup } from '../db/import-repo';
import type { ArborDb } from '../db/schema';
import type { FolderRow } from '../db/types';
import type { Candidate, Rejection } from './candidate';
import { FORMAT_NAMES } from './candidate';
import { convertText } from './convert';
import { isAssetNamesFile, readAssetNames, type AssetNames } from './formats/chatgpt-assets';
import type { ImportEntry, ImportSource } from './import-source';
import { importBytes } from './import-size';
import { planImport, type ImportPlan } from './plan';

export type ImportStage = 'reading' | 'parsing' | 'checking' | 'writing';

export interface ImportProgress {
  stage: ImportStage;
  file: string;
  done: number;
  /** 0 when the amount of work isn't known (parsing JSON is one step). */
  total: number;
}

export interface ImportSummary {
  files: { name: string; format: string | null }[];
  /** Each chat that comes in: its id (final after a commit), title, size and whether it is a copy. */
  added: { sessionId: string; title: string; messages: number; asCopy: boolean }[];
  duplicates: { title: string }[];
  /** `file` is set when several files were imported together. */
  rejected: (Rejection & { file?: string })[];
  repairs: string[];
  /** The first session written (after a commit), so the app can open it. */
  firstSessionId: string | null;
  /** About how much room what is added takes once stored (import-size.ts). */
  bytes: number;
}

function lookupFor(candidates: readonly Candidate[]): ImportLookup {
  return {
    sessionIds: candidates.map((c) => c.session.id),
    updatedAts: [...new Set(candidates.map((c) => c.session.updatedAt))],
    messageIds: candidates.flatMap((c) => c.messages.map((m) => m.id)),
  };
}

export class ImportJob {
  private candidates: Candidate[] = [];
  private folders: FolderRow[] = [];
  private base: Omit<ImportSummary, 'added' | 'duplicates' | 'firstSessionId' | 'bytes'> = {
    files: [],
    rejected: [],
    repairs: [],
  };

  constructor(
    private readonly db: ArborDb,
    private readonly onProgress: (progress: ImportProgress) => void = () => undefined,
  ) {}

  private summary(plan: ImportPlan, written: boolean): ImportSummary {
    return {
      ...this.base,
      added: plan.added.map(({ sessionId, title, messages, asCopy }) => ({
        sessionId,
        title,
        messages,
        asCopy,
      })),
      duplicates: plan.duplicates.map(({ title }) => ({ title })),
      firstSessionId: written ? (plan.added[0]?.sessionId ?? null) : null,
      bytes: importBytes(plan.write),
    };
  }

  /** ChatGPT's image names file, read before the conversations that use it. */
  private readAssets(entries: readonly ImportEntry[]): AssetNames {
    const names = new Map<string, string>();
    for (const entry of entries) {
      let read: AssetNames | undefined;
      try {
        read = readAssetNames(JSON.parse(entry.text));
      } catch {
        read = undefined;
      }
      this.base.files.push({ name: entry.name, format: read ? 'ChatGPT file names' : null });
      if (read) for (const [stored, uploaded] of read) names.set(stored, uploaded);
      else
        this.base.repairs.push(
          `${entry.name}: not a list of file names; image names are left out.`,
        );
    }
    return names;
  }

  /** Reads and converts every source and says what an import would do. Writes nothing. */
  async load(sources: readonly ImportSource[]): Promise<ImportSummary> {
    const entries: { entry: ImportEntry; fileTime: number }[] = [];
    for (const source of sources) {
      const file = source.name;
      const read = await source.read((loaded) =>
        this.onProgress({ stage: 'reading', file, done: loaded, total: source.size }),
      );
      entries.push(...read.map((entry) => ({ entry, fileTime: source.lastModified })));
    }
    const isAssets = ({ entry }: { entry: ImportEntry }) =>
      !entry.error && isAssetNamesFile(entry.name);
    const assets = this.readAssets(entries.filter(isAssets).map(({ entry }) => entry));
    const chats = entries.filter((e) => !isAssets(e));
    const several = chats.length > 1;
    for (const { entry, fileTime } of chats) {
      const file = entry.name;
      this.onProgress({ stage: 'parsing', file, done: 0, total: 0 });
      const converted = entry.error
        ? { format: null, error: entry.error, candidates: [], rejected: [], repairs: [] }
        : convertText(entry.text, file, fileTime, { assets });
      const prefix = several ? `${file}: ` : '';
      const from = several ? { file } : {};
      // An archive holds more than chats (account details, feedback); those are passed over.
      if (entry.inArchive && !converted.format && !entry.error) {
        this.base.repairs.push(`${file}: holds no chats Arbor can read; skipped.`);
        continue;
      }
      this.base.files.push({
        name: file,
        format: converted.format && FORMAT_NAMES[converted.format],
      });
      if (converted.error) this.base.rejected.push({ where: file, reason: converted.error });
      this.base.rejected.push(...converted.rejected.map((r) => ({ ...r, ...from })));
      this.base.repairs.push(...converted.repairs.map((note) => prefix + note));
      this.candidates.push(...converted.candidates);
      // Two files (two backups, say) may hold the same folder: it is kept once.
      for (const folder of ('folders' in converted && converted.folders) || []) {
        if (!this.folders.some((f) => f.id === folder.id)) this.folders.push(folder);
      }
    }
    this.onProgress({ stage: 'checking', file: '', done: 0, total: 0 });
    const plan = await decideAgainstDb(this.db, lookupFor(this.candidates), (existing) =>
      planImport(this.candidates, existing),
    );
    return this.summary(plan, false);
  }

  /** Writes everything the plan adds, in one transaction; nothing at all if it fails. */
  async commit(): Promise<ImportSummary> {
    const plan = await writeImport(
      this.db,
      lookupFor(this.candidates),
      (existing) => planImport(this.candidates, existing),
      (done, total) => this.onProgress({ stage: 'writing', file: '', done, total }),
      this.folders,
      new Set(this.candidates.map((c) => c.session.folderId)),
    );
    return this.summary(plan, true);
  }
}
