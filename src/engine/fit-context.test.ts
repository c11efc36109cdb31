// What goes into a request, checked on many generated paths: never over budget, the newest
// user message and the system prompt always there, a tool call never apart from its results,
// max turns respected, and what is sent is the newest part of the path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitContext, type CountedMessage, type FitInput } from './fit-context';

/** A path of turns: a user message, maybe tool calls with their results, a reply. */
const pathArb = fc
  .array(
    fc.record({
      user: fc.integer({ min: 1, max: 400 }),
      tools: fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 3 }),
      reply: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((turns) => {
    const messages: CountedMessage[] = [];
    turns.forEach((turn, t) => {
      messages.push({ id: `u${t}`, role: 'user', tokens: turn.user });
      if (turn.tools.length > 0) {
        const callIds = turn.tools.map((_, k) => `c${t}-${k}`);
        messages.push({ id: `call${t}`, role: 'assistant', tokens: 20, toolCallIds: callIds });
        turn.tools.forEach((tokens, k) =>
          messages.push({ id: `result${t}-${k}`, role: 'tool', tokens }),
        );
      }
      if (turn.reply !== undefined) {
        messages.push({ id: `a${t}`, role: 'assistant', tokens: turn.reply });
      }
    });
    return messages;
  });

const inputArb: fc.Arbitrary<FitInput> = fc.record({
  messages: pathArb,
  systemTokens: fc.integer({ min: 0, max: 200 }),
  window: fc.integer({ min: 500, max: 8_000 }),
  replyReserve: fc.integer({ min: 0, max: 400 }),
  margin: fc.integer({ min: 0, max: 100 }),
  maxTurns: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
});

function lastUserIndex(messages: readonly CountedMessage[]): number {
  return messages.findLastIndex((m) => m.role === 'user');
}

describe('fitContext', () => {
  it('never goes over budget, and counts what it sends', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const fit = fitContext(input);
        if (!fit.ok) return;
        expect(fit.used).toBeLessThanOrEqual(fit.budget);
        const tokens = new Map(input.messages.map((m) => [m.id, m.tokens]));
        const sum = fit.sent.reduce((total, id) => total + (tokens.get(id) ?? 0), 0);
        expect(fit.used).toBe(sum + input.systemTokens);
      }),
    );
  });

  it('always sends the newest user message and what follows it, or refuses', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const fit = fitContext(input);
        const tail = input.messages.slice(lastUserIndex(input.messages)).map((m) => m.id);
        if (fit.ok) expect(fit.sent.slice(-tail.length)).toEqual(tail);
        else expect(fit.needed).toBeGreaterThan(fit.budget);
      }),
    );
  });

  it('never separates a tool call from its results', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const fit = fitContext(input);
        if (!fit.ok) return;
        const sent = new Set(fit.sent);
        for (const m of input.messages) {
          if (!m.toolCallIds) continue;
          const turn = m.id.slice('call'.length);
          const results = input.messages.filter((r) => r.id.startsWith(`result${turn}-`));
          for (const r of results) expect(sent.has(r.id)).toBe(sent.has(m.id));
        }
      }),
    );
  });

  it('sends no more user turns than max turns, and only whole turns', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const fit = fitContext(input);
        if (!fit.ok || input.maxTurns === undefined) return;
        const users = fit.sent.filter((id) => id.startsWith('u'));
        expect(users.length).toBeLessThanOrEqual(input.maxTurns);
        expect(fit.turns).toBe(users.length);
        // Whatever is sent before the first user message sent can only be cut by the window.
        if (fit.leftOut.some((l) => l.reason === 'max-turns')) expect(fit.sent[0]).toMatch(/^u/);
      }),
    );
  });

  it('sends the newest part of the path, leaving out only older messages', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const fit = fitContext(input);
        if (!fit.ok) return;
        const ids = input.messages.map((m) => m.id);
        expect(fit.sent).toEqual(ids.slice(ids.length - fit.sent.length));
        expect(fit.leftOut.map((l) => l.id)).toEqual(ids.slice(0, ids.length - fit.sent.length));
      }),
    );
  });

  it('sends everything when everything fits', () => {
    const messages: CountedMessage[] = [
      { id: 'u0', role: 'user', tokens: 10 },
      { id: 'a0', role: 'assistant', tokens: 10 },
      { id: 'u1', role: 'user', tokens: 10 },
    ];
    const fit = fitContext({
      messages,
      systemTokens: 5,
      window: 1_000,
      replyReserve: 100,
      margin: 32,
    });
    expect(fit).toEqual({
      ok: true,
      sent: ['u0', 'a0', 'u1'],
      leftOut: [],
      used: 35,
      budget: 1_000 - 100 - 32 - 3,
      turns: 2,
    });
  });

  it('refuses when the newest message alone does not fit, saying how much it needs', () => {
    const fit = fitContext({
      messages: [{ id: 'u0', role: 'user', tokens: 900 }],
      systemTokens: 50,
      window: 1_000,
      replyReserve: 100,
      margin: 32,
    });
    expect(fit).toEqual({ ok: false, needed: 950, budget: 865 });
  });

  it('keeps system messages stored in the chat, and whole turns, under max turns', () => {
    const messages: CountedMessage[] = [
      { id: 'rule', role: 'system', tokens: 5 },
      { id: 'u0', role: 'user', tokens: 5 },
      { id: 'a0', role: 'assistant', tokens: 5 },
      { id: 'u1', role: 'user', tokens: 5 },
      { id: 'call1', role: 'assistant', tokens: 5, toolCallIds: ['c1'] },
      { id: 'result1', role: 'tool', tokens: 5 },
      { id: 'a1', role: 'assistant', tokens: 5 },
      { id: 'u2', role: 'user', tokens: 5 },
    ];
    const fit = fitContext({
      messages,
      systemTokens: 0,
      window: 10_000,
      replyReserve: 0,
      margin: 0,
      maxTurns: 2,
    });
    expect(fit.ok && fit.sent).toEqual(['rule', 'u1', 'call1', 'result1', 'a1', 'u2']);
    expect(fit.ok && fit.leftOut).toEqual([
      { id: 'u0', reason: 'max-turns' },
      { id: 'a0', reason: 'max-turns' },
    ]);
  });
});
