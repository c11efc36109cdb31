// A ChatGPT "Export data" zip of about 100 MB, as a heavy user's looks: conversations.json with
// a few thousand conversations, and the images they uploaded (incompressible bytes, which is
// most of a real archive's size). Generated from the seed, so every run picks the same file.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { Random, subSeed } from './random';
import { assistantText, titleFrom, userText } from './text';

const CONVERSATIONS = 5_000;
const TURNS = 8;
const IMAGES = 74;
const IMAGE_BYTES = 1_200_000;

export interface ChatgptZip {
  path: string;
  sizeMB: number;
  conversations: number;
}

function conversation(r: Random, index: number): object {
  const mapping: Record<string, object> = {};
  let parent: string | null = null;
  const first = userText(r);
  for (let i = 0; i < TURNS * 2; i++) {
    const id = `c${index}-n${i}`;
    const role = i % 2 ? 'assistant' : 'user';
    const text = i === 0 ? first : role === 'user' ? userText(r) : assistantText(r);
    mapping[id] = {
      id,
      parent,
      children: [],
      message: {
        id,
        author: { role },
        create_time: 1_700_000_000 + index * 1_000 + i,
        content: { content_type: 'text', parts: [text] },
        status: 'finished_successfully',
        recipient: 'all',
        metadata: role === 'assistant' ? { model_slug: 'gpt-4o' } : {},
      },
    };
    if (parent) (mapping[parent] as { children: string[] }).children.push(id);
    parent = id;
  }
  return {
    id: `conv-${index}`,
    title: titleFrom(first),
    create_time: 1_700_000_000 + index * 1_000,
    update_time: 1_700_000_000 + index * 1_000 + TURNS * 2,
    current_node: parent,
    mapping,
  };
}

export async function writeChatgptZip(dir: string, seed: number): Promise<ChatgptZip> {
  const r = new Random(subSeed(seed, 100));
  const conversations = Array.from({ length: CONVERSATIONS }, (_, i) => conversation(r, i));
  const files: Zippable = {
    'conversations.json': strToU8(JSON.stringify(conversations)),
    'user.json': strToU8('{"id":"user-bench"}'),
  };
  for (let i = 0; i < IMAGES; i++) {
    const bytes = new Uint8Array(IMAGE_BYTES);
    for (let j = 0; j < bytes.length; j += 4) {
      const word = Math.floor(r.next() * 4294967296);
      bytes[j] = word & 255;
      bytes[j + 1] = (word >>> 8) & 255;
      bytes[j + 2] = (word >>> 16) & 255;
      bytes[j + 3] = word >>> 24;
    }
    // Images are stored as they are, as compressing them gains nothing.
    files[`file-${i}.png`] = [bytes, { level: 0 }];
  }
  const zip = zipSync(files, { level: 6 });
  const path = join(dir, 'chatgpt-export.zip');
  await writeFile(path, zip);
  return { path, sizeMB: zip.byteLength / 1e6, conversations: CONVERSATIONS };
}
