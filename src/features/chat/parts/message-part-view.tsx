// Draws one part of a message with the renderer for its kind. The switch is exhaustive: a new
// kind of part does not compile until it has a renderer here.
import type { MessagePart } from './message-parts';
import { CodePart } from './code-part';
import { ImagePart } from './image-part';
import { JsonPart } from './json-part';
import { JsonReplyPart } from './json-reply-part';
import { ReasoningPart } from './reasoning-part';
import { TextPart } from './text-part';
import { ToolCallPart } from './tool-call-part';
import { ToolResultPart } from './tool-result-part';

export function MessagePartView({ part }: { part: MessagePart }) {
  switch (part.kind) {
    case 'text':
      return <TextPart text={part.text} markdown={part.markdown} streaming={part.streaming} />;
    case 'code':
      return <CodePart code={part.code} language={part.language} />;
    case 'image':
      return <ImagePart url={part.url} />;
    case 'tool-call':
      return <ToolCallPart call={part.call} messageId={part.messageId} />;
    case 'tool-result':
      return <ToolResultPart text={part.text} />;
    case 'reasoning':
      return <ReasoningPart text={part.text} thinking={part.thinking} seconds={part.seconds} />;
    case 'json':
      return <JsonPart label={part.label} value={part.value} />;
    case 'json-reply':
      return <JsonReplyPart text={part.text} problem={part.problem} />;
    default:
      return unknownPart(part);
  }
}

function unknownPart(part: never): never {
  throw new Error(`No renderer for message part ${JSON.stringify(part)}`);
}
