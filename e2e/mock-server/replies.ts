// Owns the reply text: deterministic, so tests can assert on it, and built from the messages
// received, so a test can tell whether the conversation history was sent.
import { messageText, type ChatMessage } from './chat-request';
import { oneLine, stripDirectives, type ReplyKind } from './directives';
import { noiseReply } from './noise';

export function echoReply(messages: ChatMessage[]): string {
  const userIndexes = messages.flatMap((message, index) =>
    message.role === 'user' ? [index] : [],
  );
  const lastUser = messages[userIndexes.at(-1) ?? -1];
  const earlierUser = messages[userIndexes.at(-2) ?? -1];
  const system = messages.find((message) => message.role === 'system');

  const roles = messages.map((message) => message.role).join(', ');
  let reply = `You said: "${stripDirectives(messageText(lastUser?.content))}". I received ${messages.length} messages (${roles}).`;
  if (system) reply += ` System prompt: "${oneLine(messageText(system.content))}".`;
  if (earlierUser)
    reply += ` Earlier you said: "${stripDirectives(messageText(earlierUser.content))}".`;
  return reply;
}

const LONG_REPLY = [
  'This is a long reply from the mock server. It exists so that tests can watch a response that does not fit on one screen: the message list has to grow, the view has to follow the stream while the reader stays at the bottom, and it has to stop following as soon as the reader scrolls up to read something earlier. Every word here is fixed, so the same request always produces the same text, and a test can compare the saved message with what it saw on the screen.',
  'A conversation in Arbor is a tree rather than a line. Each message points to the one it answers, and editing an earlier message or asking for another answer starts a new branch instead of throwing the old one away. The path from the root to the selected leaf is what gets sent to the model, which is why the mock server echoes the roles it received: a test can check that a branch sends its own history and nothing from its siblings.',
  'Streaming matters for long replies. Text arrives in small pieces, a few words at a time, and the interface should show each piece as it comes while staying responsive. The reader may press Stop at any moment, and whatever arrived before that point should be kept and marked as stopped rather than lost. If the connection breaks instead, the partial text should stay visible next to a clear error and a way to try again.',
  'Storage is local. Conversations live in the browser, in IndexedDB, and never leave the machine except as the requests that the user chooses to send to a provider. That makes export and import important, since they are the only way to move a conversation tree to another browser or keep a backup of it. A long reply like this one is a convenient way to check that large messages survive a round trip without losing a single character.',
  'Finally, long text tests rendering. Paragraphs should wrap, spacing should stay even, and the page should not jump while new words arrive at the end. When the stream finishes, the message should look exactly as it did in its last streamed frame, with no flicker and no change in layout. That is the end of this long reply.',
].join('\n\n');

const FENCE = '```';

const MARKDOWN_REPLY = [
  '# Mock markdown reply',
  'Here is a list:',
  '- First item with **bold** text\n- Second item with `inline code`\n- Third item with a [safe link](https://example.com)',
  `${FENCE}ts\nexport function greet(name: string): string {\n  return 'Hello, ' + name;\n}\n${FENCE}`,
  'The following must render as inert text or not at all:',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '[click me](javascript:window.__pwned=1)',
].join('\n\n');

const TOKEN_WORDS = (
  'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november ' +
  'oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'
).split(' ');

/** Exactly `count` words separated by single spaces. */
export function tokensReply(count: number): string {
  return Array.from({ length: count }, (_, i) => TOKEN_WORDS[i % TOKEN_WORDS.length]).join(' ');
}

export function replyText(kind: ReplyKind, messages: ChatMessage[]): string {
  switch (kind.kind) {
    case 'echo':
      return echoReply(messages);
    case 'long':
      return LONG_REPLY;
    case 'markdown':
      return MARKDOWN_REPLY;
    case 'tokens':
      return tokensReply(kind.count);
    case 'noise':
      return noiseReply(kind.length);
  }
}

/** What `[mock:reasoning]` streams as `reasoning_content` before the reply. */
export const MOCK_REASONING = 'Thinking it over: the question is plain, so the answer can be too.';
