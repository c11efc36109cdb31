// Reading the message box as slash commands: what Enter does with its text, which commands the
// list offers while a name is typed, and how a typed title or model name picks one item.
import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  commandQuery,
  commandsMatching,
  matchByName,
  pickCommand,
  readBoxText,
  someNames,
  type SlashCommand,
} from './slash-commands';

function command(name: string): SlashCommand {
  const found = COMMANDS.find((c) => c.name === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

const names = (commands: readonly SlashCommand[]) => commands.map((c) => c.name);

describe('readBoxText', () => {
  it('reads text without a leading slash as a message, as typed', () => {
    expect(readBoxText('Hello /new')).toEqual({ kind: 'message', text: 'Hello /new' });
    expect(readBoxText(' /new')).toEqual({ kind: 'message', text: ' /new' });
  });

  it('sends text starting with // as a message with one slash taken off', () => {
    expect(readBoxText('//etc/hosts')).toEqual({ kind: 'message', text: '/etc/hosts' });
    expect(readBoxText('///')).toEqual({ kind: 'message', text: '//' });
  });

  it('reads a known command and what follows it, trimmed, ignoring the case of its name', () => {
    expect(readBoxText('/new')).toEqual({ kind: 'command', command: command('new'), argument: '' });
    expect(readBoxText('/STATUS ')).toEqual({
      kind: 'command',
      command: command('status'),
      argument: '',
    });
    expect(readBoxText('/load  Trip plans \n')).toEqual({
      kind: 'command',
      command: command('load'),
      argument: 'Trip plans',
    });
  });

  it('takes /model with a name or without one', () => {
    expect(readBoxText('/model')).toMatchObject({ kind: 'command', argument: '' });
    expect(readBoxText('/model mock-large')).toMatchObject({
      kind: 'command',
      command: command('model'),
      argument: 'mock-large',
    });
  });

  it('says a command is unknown, lists the commands and the // escape', () => {
    const read = readBoxText('/foo bar');
    expect(read).toEqual({
      kind: 'invalid',
      problem:
        'Unknown command /foo. Commands: /new, /list, /load, /clear, /model, /status, /mcp. Start with // to send a message that begins with /.',
    });
    expect(readBoxText('/usr/bin')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringMatching(/^Unknown command \/usr\/bin\./) as unknown,
    });
  });

  it('refuses /load without a title and /new with something after it', () => {
    expect(readBoxText('/load   ')).toEqual({
      kind: 'invalid',
      problem: '/load needs <title> after it.',
    });
    expect(readBoxText('/new chat please')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringMatching(/^\/new takes nothing after it\./) as unknown,
    });
  });
});

describe('the command list', () => {
  it('applies while the box holds a slash and letters only', () => {
    expect(commandQuery('/')).toBe('');
    expect(commandQuery('/Mo')).toBe('mo');
    expect(commandQuery('/model ')).toBeNull();
    expect(commandQuery('//')).toBeNull();
    expect(commandQuery('hello')).toBeNull();
    expect(commandQuery('/new\n')).toBeNull();
  });

  it('offers every command for a bare slash and filters by the start of the name', () => {
    expect(names(commandsMatching(''))).toEqual([
      'new',
      'list',
      'load',
      'clear',
      'model',
      'status',
      'mcp',
    ]);
    expect(names(commandsMatching('l'))).toEqual(['list', 'load']);
    expect(names(commandsMatching('LO'))).toEqual(['load']);
    expect(commandsMatching('x')).toEqual([]);
  });

  it('runs a command that takes nothing, and completes one that takes a name', () => {
    expect(pickCommand(command('new'), 'run', 'n')).toEqual({ kind: 'run' });
    expect(pickCommand(command('new'), 'complete', 'n')).toEqual({
      kind: 'complete',
      text: '/new',
    });
    expect(pickCommand(command('load'), 'run', 'lo')).toEqual({ kind: 'complete', text: '/load ' });
    expect(pickCommand(command('load'), 'run', 'load')).toEqual({
      kind: 'complete',
      text: '/load ',
    });
  });

  it('runs a command whose argument is optional once its whole name is typed', () => {
    expect(pickCommand(command('model'), 'run', 'mo')).toEqual({
      kind: 'complete',
      text: '/model ',
    });
    expect(pickCommand(command('model'), 'run', 'model')).toEqual({ kind: 'run' });
    expect(pickCommand(command('model'), 'complete', 'model')).toEqual({
      kind: 'complete',
      text: '/model ',
    });
  });
});

describe('matchByName', () => {
  const titles = ['Trip plans', 'Trip plans for June', 'Tax questions', 'Cooking'];
  const match = (typed: string, items = titles) => matchByName(items, typed, (t) => t);

  it('takes the exact name first, ignoring case, even when others contain it', () => {
    expect(match('trip PLANS')).toEqual({ kind: 'one', item: 'Trip plans' });
  });

  it('else takes the only name containing the text', () => {
    expect(match('june')).toEqual({ kind: 'one', item: 'Trip plans for June' });
    expect(match(' cook ')).toEqual({ kind: 'one', item: 'Cooking' });
  });

  it('returns every name containing the text, in order, when several do', () => {
    expect(match('t')).toEqual({
      kind: 'several',
      items: ['Trip plans', 'Trip plans for June', 'Tax questions'],
      exact: false,
    });
  });

  it('marks several exact matches, so the caller can choose among equal names', () => {
    expect(match('cooking', ['Cooking', 'cooking', 'Cooking tips'])).toEqual({
      kind: 'several',
      items: ['Cooking', 'cooking'],
      exact: true,
    });
  });

  it('finds nothing for a name no item contains, or for blank text', () => {
    expect(match('weather')).toEqual({ kind: 'none' });
    expect(match('  ')).toEqual({ kind: 'none' });
  });
});

describe('someNames', () => {
  it('quotes a few names and counts the rest', () => {
    expect(someNames(['a', 'b'])).toBe('“a”, “b”');
    expect(someNames(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('“a”, “b”, “c”, “d” and 2 more');
  });
});
