// A tool's result as the content of a `tool` message: text blocks as text, images as image parts,
// resources as text with their URI. The result is untrusted: it only ever becomes text and
// images of known kinds, never markup.
import type { ContentPart, MessageContent } from '../db/types';

export interface ToolOutcome {
  content: MessageContent;
  /** The tool reported a failure (`isError`), rather than a result. */
  isError: boolean;
}

const SHOWN_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

type Block = Record<string, unknown>;

function isBlock(value: unknown): value is Block {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function blockParts(block: Block): ContentPart[] {
  switch (block.type) {
    case 'text':
      return [{ type: 'text', text: text(block.text) }];
    case 'image': {
      const mimeType = text(block.mimeType);
      if (!SHOWN_IMAGE_TYPES.has(mimeType)) {
        return [{ type: 'text', text: `[image of type ${mimeType || 'unknown'}]` }];
      }
      return [
        { type: 'image_url', image_url: { url: `data:${mimeType};base64,${text(block.data)}` } },
      ];
    }
    case 'audio':
      return [{ type: 'text', text: '[audio]' }];
    case 'resource': {
      const resource = isBlock(block.resource) ? block.resource : {};
      const body = text(resource.text) || (resource.blob ? '[binary content]' : '');
      return [{ type: 'text', text: `${text(resource.uri)}\n${body}`.trim() }];
    }
    case 'resource_link':
      return [{ type: 'text', text: `${text(block.name)} ${text(block.uri)}`.trim() }];
    default:
      return [{ type: 'text', text: JSON.stringify(block) }];
  }
}

/** What `tools/call` returned, as a message's content. */
export function toolResultContent(result: Record<string, unknown>): ToolOutcome {
  const isError = result.isError === true;
  const blocks = Array.isArray(result.content) ? result.content.filter(isBlock) : [];
  const parts = blocks.flatMap(blockParts);
  if (parts.length === 0 && result.structuredContent !== undefined) {
    parts.push({ type: 'text', text: JSON.stringify(result.structuredContent) });
  }
  if (isError) {
    parts.unshift({ type: 'text', text: 'The tool reported an error:' });
  }
  if (parts.every((part) => part.type === 'text')) {
    const joined = parts.map((part) => text(part.text)).join('\n\n');
    return { content: joined || '(The tool returned nothing.)', isError };
  }
  return { content: parts, isError };
}
