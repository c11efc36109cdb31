// Objects in a file whose keys are the file's own ids (a ChatGPT mapping, Open WebUI's
// history). They are read into Maps from JSON.parse's own properties: a zod record or a plain
// object lookup would lose `__proto__` and mistake `constructor` or `toString` for an id.
import { z } from 'zod';
import { formatIssues, formatPath } from '../issue-path';

export const idKeyedSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected an object',
);

/** Each entry checked by `schema`; the first that fails is described with its path. */
export function readIdKeyed<T>(
  value: Record<string, unknown>,
  schema: z.ZodType<T>,
  path: string,
): Map<string, T> | string {
  const out = new Map<string, T>();
  for (const [key, entry] of Object.entries(value)) {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) return formatIssues(parsed.error, formatPath([key], path));
    out.set(key, parsed.data);
  }
  return out;
}
