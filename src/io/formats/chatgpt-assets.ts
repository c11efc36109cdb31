// The names of the images and files in a ChatGPT export. A message only points at an asset
// ("file-service://file-Ab12", "sediment://file_00ab"); the export's companion file
// conversation_asset_file_names.json maps each stored asset file (named after that id) to the
// name it was uploaded with, and a message's `metadata.attachments` name its own uploads.
import { z } from 'zod';

export type AssetNames = ReadonlyMap<string, string>;

/** The companion file is told by its name: its shape, a map of strings, says little. */
export function isAssetNamesFile(name: string): boolean {
  return /(^|\/)conversation_asset_file_names[^/]*\.json$/i.test(name);
}

function withoutExtension(name: string): string {
  return name.replace(/\.[^./]+$/, '');
}

/** Stored file name (and the same without its extension) → uploaded name; undefined if not a map. */
export function readAssetNames(data: unknown): AssetNames | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const names = new Map<string, string>();
  for (const [stored, uploaded] of Object.entries(data)) {
    if (typeof uploaded !== 'string' || !uploaded) continue;
    names.set(stored, uploaded);
    names.set(withoutExtension(stored), uploaded);
  }
  return names.size > 0 ? names : undefined;
}

/** The asset id a pointer ends in: `file-service://file-Ab12` → `file-Ab12`. */
function assetId(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

const attachmentsSchema = z.array(
  z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }),
);

/** A message's own uploads by asset id. */
export function attachmentNames(metadata: Record<string, unknown> | null | undefined): AssetNames {
  const parsed = attachmentsSchema.safeParse(metadata?.attachments);
  const names = new Map<string, string>();
  for (const a of parsed.success ? parsed.data : []) if (a.id && a.name) names.set(a.id, a.name);
  return names;
}

/** The name an asset was uploaded with, where the export tells it. */
export function assetName(
  pointer: string,
  names: AssetNames,
  attachments: AssetNames,
): string | undefined {
  const id = assetId(pointer);
  if (!id) return undefined;
  const known = names.get(id) ?? attachments.get(id);
  if (known) return known;
  // Older exports store an asset as `<id>-<uploaded name>`.
  for (const [stored, uploaded] of names) if (stored.startsWith(`${id}-`)) return uploaded;
  return undefined;
}
