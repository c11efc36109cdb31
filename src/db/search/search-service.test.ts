// The search index as the worker runs it, on the real repositories over fake-indexeddb: it
// finds messages on every branch, follows writes once they pause (a reply once it is done), and
// starts from what it saved, rebuilding only what is missing, outdated or damaged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteMessageTree } from '../branch-repo';
import { appendUserTurn, finishReply } from '../messages-repo';
import { db } from '../schema';
import { createSession, renameSession } from '../sessions-repo';
import { SearchService, type IndexStatus } from './search-service';

let service: SearchService;
let sessionId: string;

/** Resolves once the service's status passes `check`. */
function statusWhere(check: (status: IndexStatus) => boolean): Promise<IndexStatus> {
  const controller = new AbortController();
  return new Promise((resolve) => {
    void service.watch((status) => {
      if (!check(status)) return;
      controller.abort();
      resolve(status);
    }, controller.signal);
  });
}

/** The number of messages each catch-up from now on adds, until `stop()`. */
function catchUpsHeard(): { stop: () => number[] } {
  const added: number[] = [];
  const controller = new AbortController();
  let first = true;
  void service.watch((status) => {
    // The first call is the status as it is now, not a catch-up.
    if (!first && status.lastCatchUp) added.push(status.lastCatchUp.added);
    first = false;
  }, controller.signal);
  return {
    stop: () => {
      controller.abort();
      return added;
    },
  };
}

const indexedAll = async () => {
  const total = await db.messages.where('status').notEqual('streaming').count();
  return statusWhere((s) => s.state === 'ready' && s.indexed === total);
};

async function turn(question: string, answer: string, parentId?: string | null) {
  const ids = await appendUserTurn(sessionId, question, parentId);
  await finishReply(ids.assistantId, { content: answer, status: 'done' });
  return ids;
}

async function snippets(text: string): Promise<string[]> {
  const answer = await service.search(text);
  return answer.results.map((r) =>
    r.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''),
  );
}

beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.searchIndex.clear()]);
  sessionId = await createSession({ model: 'm', systemPrompt: '' });
  await renameSession(sessionId, 'Trip planning');
  service = new SearchService();
});

afterEach(() => service.stop());

describe('finding messages', () => {
  beforeEach(async () => {
    const first = await turn('Plan a day in Zürich', 'Start at the Café Odéon by the lake.');
    await turn('And the evening?', 'Dinner at the Kronenhalle.');
    // A branch that is not on screen: the first question asked again.
    const question = await db.messages.get(first.userId);
    await turn('Plan a day in Lisbon instead', 'Ride tram 28 through Alfama.', question?.parentId);
    await turn('日本語は？', '東京タワーに行きましょう。');
    await service.start();
    await indexedAll();
  });

  it('finds a word on a branch that is not the active one, with its chat, role and date', async () => {
    await turn('one more', 'on the active branch');
    const answer = await service.search('Kronenhalle');
    expect(answer.results).toEqual([
      expect.objectContaining({
        sessionId,
        sessionTitle: 'Trip planning',
        role: 'assistant',
        createdAt: expect.any(Number) as unknown,
      }),
    ]);
    expect(await snippets('Kronenhalle')).toEqual(['Dinner at the [Kronenhalle].']);
  });

  it('finds only the messages of the chats it is limited to (a folder)', async () => {
    const other = await createSession({ model: 'm', systemPrompt: '' });
    const ids = await appendUserTurn(other, 'Kronenhalle again?');
    await finishReply(ids.assistantId, { content: 'Yes.', status: 'done' });
    await indexedAll();
    const inOther = await service.search('Kronenhalle', [other]);
    expect(inOther.results.map((r) => r.messageId)).toEqual([ids.userId]);
    expect((await service.search('Kronenhalle', [])).results).toEqual([]);
    expect((await service.search('Kronenhalle')).results).toHaveLength(2);
  });

  it('ignores case and diacritics, both ways', async () => {
    expect(await snippets('zurich')).toEqual(['Plan a day in [Zürich]']);
    expect(await snippets('CAFE odeon')).toEqual(['Start at the [Café] [Odéon] by the lake.']);
  });

  it('matches the start of a word', async () => {
    expect(await snippets('kronen')).toEqual(['Dinner at the [Kronenhalle].']);
  });

  it('forgives a small typo when nothing matches as typed', async () => {
    expect(await snippets('Kronnenhale')).toEqual(['Dinner at the [Kronenhalle].']);
    expect(await snippets('Lisbno')).toEqual(['Plan a day in [Lisbon] instead']);
  });

  it('matches a phrase in quotes only as written', async () => {
    expect(await snippets('"day in Lisbon"')).toEqual(['Plan a [day] [in] [Lisbon] instead']);
    expect(await snippets('"Lisbon day"')).toEqual([]);
  });

  it('finds a phrase of common words only where they follow each other, on any branch', async () => {
    const first = await turn('Is the index warm?', 'The cache holds the index; the cache is warm.');
    // 60 messages holding both words, apart.
    for (let i = 0; i < 30; i++) {
      await turn(
        `Cache question ${i} for the worker`,
        `The worker reads index ${i}, then a cache.`,
      );
    }
    const question = await db.messages.get(first.userId);
    await turn('Asked again', 'Empty THE Caché first.', question?.parentId);
    await indexedAll();
    const read = vi.spyOn(db.messages, 'bulkGet');
    expect(await snippets('"the cache"')).toEqual([
      'Empty [THE] [Caché] first.',
      '[The] [cache] holds [the] index; [the] [cache] is warm.',
    ]);
    // Only the messages whose pairs of words may hold the phrase are read to check it.
    const checked = read.mock.calls.flatMap(([ids]) => ids);
    expect(checked.length).toBeLessThan(30);
    read.mockRestore();
    expect(await snippets('"cache the"')).toEqual([]);
  });

  it('finds CJK text from any two characters of it', async () => {
    expect(await snippets('タワー')).toEqual(['東京[タワー]に行きましょう。']);
    expect(await snippets('東京')).toEqual(['[東京]タワーに行きましょう。']);
  });

  it('answers nothing, without failing, for text that holds no word', async () => {
    for (const text of ['', '   ', '.*+?^${}()|[]\\', '🙂🌳', '"', 'x'.repeat(10_000)]) {
      expect((await service.search(text)).results).toEqual([]);
    }
  });

  it('shows the newest first', async () => {
    const answer = await service.search('plan');
    const dates = answer.results.map((r) => r.createdAt);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(answer.results).toHaveLength(2);
  });
});

describe('following writes', () => {
  it('indexes a reply once, when it is done, and never while it streams', async () => {
    await service.start();
    await indexedAll();
    const ids = await appendUserTurn(sessionId, 'Tell me about tides');
    const asked = await statusWhere((s) => s.indexed === 1);
    expect(asked.lastCatchUp?.added).toBe(1);
    expect((await service.search('moon')).results).toEqual([]);
    await finishReply(ids.assistantId, { content: 'The moon pulls the sea.', status: 'done' });
    const done = await statusWhere((s) => s.indexed === 2);
    expect(done.lastCatchUp).toMatchObject({ added: 1, removed: 0 });
    expect(await snippets('moon')).toEqual(['The [moon] pulls the sea.']);
  });

  it('waits for writes to pause, then takes a burst of them in one catch-up', async () => {
    service = new SearchService({ quietMs: 3_000, longestWaitMs: 60_000 });
    await service.start();
    await indexedAll();
    const catchUps = catchUpsHeard();
    for (const place of ['Porto', 'Sintra', 'Évora']) {
      await turn(`And ${place}?`, `${place} is lovely.`);
    }
    await statusWhere((s) => s.indexed === 6);
    expect(catchUps.stop()).toEqual([6]);
    expect((await snippets('sintra')).toSorted()).toEqual(['And [Sintra]?', '[Sintra] is lovely.']);
  });

  it('catches up by the longest wait while writes go on', async () => {
    service = new SearchService({ quietMs: 60_000, longestWaitMs: 100 });
    await service.start();
    await indexedAll();
    await turn('Is Óbidos walled?', 'All the way round.');
    // Well before the quiet minute is over.
    await statusWhere((s) => s.indexed === 2);
    expect(await snippets('walled')).toEqual(['Is Óbidos [walled]?']);
  });

  it('drops deleted messages', async () => {
    const ids = await turn('Where is the ferry?', 'At Cais do Sodré.');
    await service.start();
    await indexedAll();
    await deleteMessageTree(sessionId, ids.userId, { showSibling: false });
    await statusWhere((s) => s.indexed === 0);
    expect((await service.search('ferry')).results).toEqual([]);
  });
});

describe('the saved index', () => {
  beforeEach(async () => {
    await turn('Which tram goes to Belém?', 'Tram 15 from Praça da Figueira.');
    await service.start();
    await indexedAll();
    await service.saveNow();
    service.stop();
  });

  it('is used at the next start, which indexes nothing again', async () => {
    expect(await db.searchIndex.count()).toBe(1);
    service = new SearchService();
    await service.start();
    const status = await indexedAll();
    expect(status.lastCatchUp?.added).toBe(0);
    expect(await snippets('belem')).toEqual(['Which tram goes to [Belém]?']);
  });

  it('is rebuilt when damaged, and saved again', async () => {
    await db.searchIndex.toCollection().modify({ index: '{"broken' });
    service = new SearchService();
    await service.start();
    const status = await indexedAll();
    expect(status.lastCatchUp?.added).toBe(2);
    expect(await snippets('figueira')).toEqual(['Tram 15 from Praça da [Figueira].']);
    await service.saveNow();
    expect((await db.searchIndex.toArray()).map((r) => r.ids.length)).toEqual([2]);
  });

  it('is rebuilt when written in another format', async () => {
    await db.searchIndex.toCollection().modify({ format: 0 });
    service = new SearchService();
    await service.start();
    const status = await indexedAll();
    expect(status.lastCatchUp?.added).toBe(2);
  });
});
