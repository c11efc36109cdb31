// The shape of bench/results.json: every figure of one run, with the machine it ran on.
import type {
  ExportImportReport,
  ForkReport,
  TracedFrames,
  LongSessionInfo,
  PersistReport,
  SearchReport,
  SeedReport,
} from './api-types';
import type { AppExportResult } from './app-export';
import type { ColdOpenResult, SwitchResult } from './app-measures';
import type { BundleSize } from './bundle-size';
import type { SearchTypingResult } from './search-typing';
import type { SendResult } from './send-measure';
import type { ZipPreviewResult } from './zip-preview';

export interface TargetResult {
  id: string;
  target: string;
  measured: string;
  pass: boolean;
}

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    browser: string;
    /** 1-minute load average: other work on the machine inflates absolute times. */
    loadAverage: { start: number; end: number };
  };
  seed: number;
  data: { seeding: SeedReport[]; long: LongSessionInfo };
  persist: PersistReport[];
  fork: ForkReport;
  exportImport: ExportImportReport;
  /** Export all in the real app, click to notice. */
  appExport: AppExportResult;
  /** A 100 MB ChatGPT zip picked in the app: click to preview, and the longest task meanwhile. */
  zipPreview: ZipPreviewResult;
  coldOpen: ColdOpenResult;
  switchSession: SwitchResult;
  /** Main-thread work from pressing Send until the request reaches the server, in the 10k chat. */
  send: SendResult;
  frames: {
    longSession: TracedFrames[];
    /** A 10-step tool loop in the 10k session, from Enter until it stops at the step limit. */
    toolLoop: TracedFrames[];
    ordinarySession: TracedFrames[];
    blobBaseline: TracedFrames;
  };
  bundle: BundleSize;
  /** The search worker at everything seeded, and typing in the app's search box. */
  search: SearchReport & { typing: SearchTypingResult };
  targets: TargetResult[];
}
