// The turn store's selectors: a chat is replying from the moment its turn begins until it ends,
// and a message shows the text this tab streamed into it, also just after its turn ended.
import { beforeEach, describe, expect, it } from 'vitest';
import { turnSelectors, useTurns } from './turn-store';

const state = () => useTurns.getState();

beforeEach(() => useTurns.setState({ turns: {} }));

describe('turn selectors', () => {
  it('counts a chat as replying from the moment its turn begins, before any message', () => {
    state().begin('t1', 's1');
    expect(turnSelectors.replyingIn('s1')(state())).toBe(true);
    expect(turnSelectors.activeTurnIn('s1')(state())).toBe('t1');
    expect(turnSelectors.replyingIn('s2')(state())).toBe(false);
    expect(turnSelectors.activeTurnIn(null)(state())).toBeUndefined();
  });

  it('stops counting a chat as replying once its turn ends or is dropped', () => {
    state().begin('t1', 's1');
    state().end('t1');
    expect(turnSelectors.replyingIn('s1')(state())).toBe(false);
    state().begin('t2', 's2');
    state().drop('t2');
    expect(turnSelectors.replyingIn('s2')(state())).toBe(false);
    expect(state().turns.t2).toBeUndefined();
  });

  it('gives the text streamed into a message, and whether it streams now', () => {
    state().begin('t1', 's1');
    state().setText('t1', 'm1', 'Hel');
    state().setText('t1', 'm1', 'Hello');
    expect(turnSelectors.textOf('m1')(state())).toBe('Hello');
    expect(turnSelectors.streamingInto('m1')(state())).toBe(true);
  });

  it('moves to the next message of a turn and keeps the earlier one’s text', () => {
    state().begin('t1', 's1');
    state().setText('t1', 'm1', 'first step');
    state().setText('t1', 'm2', 'next');
    expect(turnSelectors.streamingInto('m1')(state())).toBe(false);
    expect(turnSelectors.streamingInto('m2')(state())).toBe(true);
    expect(turnSelectors.textOf('m1')(state())).toBe('first step');
  });

  it('keeps an ended turn’s text until the next turn in its chat begins', () => {
    state().begin('t1', 's1');
    state().setText('t1', 'm1', 'final text');
    state().end('t1');
    expect(turnSelectors.textOf('m1')(state())).toBe('final text');
    expect(turnSelectors.streamingInto('m1')(state())).toBe(false);

    state().begin('t2', 's2');
    expect(turnSelectors.textOf('m1')(state())).toBe('final text');
    state().begin('t3', 's1');
    expect(turnSelectors.textOf('m1')(state())).toBeUndefined();
  });

  it('forgets a chat’s ended turns on request, and never a running one', () => {
    state().begin('t1', 's1');
    state().setText('t1', 'm1', 'done');
    state().end('t1');
    state().begin('t2', 's2');
    state().forgetEndedIn('s1');
    state().forgetEndedIn('s2');
    expect(turnSelectors.textOf('m1')(state())).toBeUndefined();
    expect(turnSelectors.replyingIn('s2')(state())).toBe(true);
  });
});
