// A model's arguments for a tool, checked before anything reaches the server: they must be a
// JSON object that matches the tool's input schema. A problem is said in words the model can
// act on, so it can try again. @cfworker/json-schema interprets schemas without generating code.
import { Validator } from '@cfworker/json-schema';
import type { McpTool } from './tool-types';

export type CheckedArguments =
  { ok: true; args: Record<string, unknown> } | { ok: false; problem: string };

export function checkArguments(raw: string, tool: McpTool): CheckedArguments {
  let value: unknown;
  try {
    value = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      problem: `The arguments were not valid JSON${reason}, so ${tool.name} was not called.`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problem: `The arguments must be a JSON object, so ${tool.name} was not called.`,
    };
  }
  let result;
  try {
    result = new Validator(tool.inputSchema, '2020-12', false).validate(value);
  } catch {
    // A schema the validator can't read is the server's to enforce.
    return { ok: true, args: value as Record<string, unknown> };
  }
  if (result.valid) return { ok: true, args: value as Record<string, unknown> };
  const leaves = result.errors.filter(
    (e) =>
      !result.errors.some(
        (o) =>
          o !== e &&
          o.instanceLocation.startsWith(e.instanceLocation) &&
          o.instanceLocation.length > e.instanceLocation.length,
      ),
  );
  const said = (leaves.length > 0 ? leaves : result.errors)
    .slice(0, 3)
    .map((e) => `${e.instanceLocation.replace(/^#\/?/, '') || 'arguments'}: ${e.error}`)
    .join('; ');
  return {
    ok: false,
    problem: `The arguments don't match what ${tool.name} takes (${said}), so it was not called.`,
  };
}
