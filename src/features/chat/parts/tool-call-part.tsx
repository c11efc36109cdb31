// A tool call the model asked for: the tool's name and its arguments, formatted when they are
// JSON and shown as sent when they are not.
import type { ToolCall } from '../../../db/types';
import { formattedJson } from './format-json';

export function ToolCallPart({ call }: { call: ToolCall }) {
  return (
    <figure className="mt-2 rounded border border-stone-200 bg-stone-50 p-2 text-xs">
      <figcaption className="mb-1 font-semibold text-stone-600">
        Tool call: <code>{call.function.name}</code>
      </figcaption>
      <pre className="overflow-x-auto whitespace-pre-wrap">
        {formattedJson(call.function.arguments) ?? call.function.arguments}
      </pre>
    </figure>
  );
}
