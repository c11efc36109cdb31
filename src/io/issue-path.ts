// Turns zod issues into the messages a person reads: "sessions[3].messages[12].role:
// expected one of user, assistant, system, tool". The path says where to look in the file.
import type { z } from 'zod';

type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `sessions[3].messages[12].role`, with `prefix` (itself a path) in front. */
export function formatPath(segments: readonly PathSegment[], prefix = ''): string {
  let out = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out || '(top level)';
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'has the wrong type for this field';
    case 'unrecognized_keys':
      return `has unexpected fields ${issue.keys.join(', ')}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

/** The first issue of a failed parse, as "path: what was expected". */
export function formatIssues(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix || 'The file'}: could not be read`;
  return `${formatPath(issue.path, prefix)}: ${describe(issue)}`;
}
