// ChatGPT's data export (conversations.json, or each file of the newer split layout, whose
// `conversations-000.json`, `conversations-001.json`… shards are imported together): an array
// of conversations, each a tree in `mapping` with `current_node` as the shown leaf. Every branch
// is kept (see chatgpt-tree.ts for how the tree is read).
import { z } from 'zod';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import type { AssetNames } from './chatgpt-assets';
import { chatgptNodeSchema, walkTree, type ChatgptMapping } from './chatgpt-tree';
import { idKeyedSchema, readIdKeyed } from './id-keyed';
import { buildCandidate, toMillis } from './source-tree';

const conversationSchema = z.looseObject({
  id: z.string().nullish(),
  conversation_id: z.string().nullish(),
  title: z.string().nullish(),
  create_time: z.number().nullish(),
  update_time: z.number().nullish(),
  mapping: idKeyedSchema,
  current_node: z.string().nullish(),
});

type Conversation = z.infer<typeof conversationSchema>;

function convertConversation(
  conversation: Conversation,
  mapping: ChatgptMapping,
  assets: AssetNames,
  where: string,
  repairs: string[],
  fileTime: number,
) {
  const { messages, shownAs } = walkTree(mapping, assets, repairs, where);
  const current = conversation.current_node;
  const active = current ? shownAs.get(current) : undefined;
  if (current && !shownAs.has(current))
    repairs.push(
      `${where}: current_node ${current} is not in the tree; the newest branch is shown.`,
    );
  return buildCandidate(
    {
      sourceId: conversation.conversation_id ?? conversation.id ?? undefined,
      title: conversation.title ?? undefined,
      // ChatGPT's model slugs ("text-davinci-002-render-sha", "gpt-4-browsing") are names inside
      // its web app, not API models; the chat uses the default model and each reply keeps its own.
      model: '',
      createdAt: toMillis(conversation.create_time),
      updatedAt: toMillis(conversation.update_time),
      activeSourceId: active ?? null,
      messages,
    },
    where,
    fileTime,
    () => conversation,
  );
}

/**
 * `data` is one conversation or an array of them; `assets` names their images where the
 * export's conversation_asset_file_names.json came along.
 */
export function convertChatgpt(
  data: unknown,
  fileTime: number,
  assets: AssetNames = new Map(),
): ConvertResult {
  const result = emptyResult();
  const list: unknown[] = Array.isArray(data) ? data : [data];
  list.forEach((raw, i) => {
    const path = Array.isArray(data) ? `conversations[${i}]` : 'conversation';
    const title =
      typeof raw === 'object' && raw && 'title' in raw && typeof raw.title === 'string'
        ? raw.title
        : undefined;
    const where = describeWhere(path, title);
    if (typeof raw !== 'object' || raw === null || !('mapping' in raw) || raw.mapping == null) {
      result.rejected.push({
        where,
        reason: `${path}: has no message tree (mapping); the export may be damaged here`,
      });
      return;
    }
    const parsed = conversationSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({ where, reason: formatIssues(parsed.error, path) });
      return;
    }
    const mapping = readIdKeyed(parsed.data.mapping, chatgptNodeSchema, `${path}.mapping`);
    if (typeof mapping === 'string') {
      result.rejected.push({ where, reason: mapping });
      return;
    }
    result.candidates.push(
      convertConversation(parsed.data, mapping, assets, where, result.repairs, fileTime),
    );
  });
  return result;
}
