// What Arbor makes of MCP tools: function tools with names OpenAI accepts and no two alike,
// arguments checked against the tool's schema, and results turned into message content.
import { describe, expect, it } from 'vitest';
import { checkArguments } from './check-arguments';
import { functionTools, offerTools } from './function-tools';
import { toolResultContent } from './tool-result';

const add = {
  name: 'add',
  description: 'Adds.',
  inputSchema: {
    type: 'object',
    properties: { a: { type: 'number' }, b: { type: 'number' } },
    required: ['a', 'b'],
  },
};

describe('offerTools', () => {
  it('cleans names and tells apart the same tool name on two servers', () => {
    const offered = offerTools([
      { serverId: '1', serverName: 'math', tools: [add, { ...add, name: 'get.sum' }] },
      { serverId: '2', serverName: 'more math', tools: [add] },
    ]);
    expect(offered.map((t) => t.functionName)).toEqual(['math__add', 'get_sum', 'more_math__add']);
    expect(functionTools(offered)[1]).toEqual({
      type: 'function',
      function: { name: 'get_sum', description: 'Adds.', parameters: add.inputSchema },
    });
  });
});

describe('checkArguments', () => {
  it('passes arguments that match the schema', () => {
    expect(checkArguments('{"a":1,"b":2}', add)).toEqual({ ok: true, args: { a: 1, b: 2 } });
  });

  it('refuses arguments that are not JSON, not an object, or off the schema, in words', () => {
    const problemOf = (raw: string) => {
      const checked = checkArguments(raw, add);
      return checked.ok ? undefined : checked.problem;
    };
    expect(problemOf('{"a": 1,')).toMatch(/^The arguments were not valid JSON/);
    expect(problemOf('[1]')).toContain('must be a JSON object');
    const off = checkArguments('{"a":"one"}', add);
    expect(off.ok).toBe(false);
    expect(!off.ok && off.problem).toContain("don't match what add takes");
  });
});

describe('toolResultContent', () => {
  it('joins text blocks, and marks a result the tool reported as an error', () => {
    expect(toolResultContent({ content: [{ type: 'text', text: '5' }] })).toEqual({
      content: '5',
      isError: false,
    });
    expect(toolResultContent({ isError: true, content: [{ type: 'text', text: 'no' }] })).toEqual({
      content: 'The tool reported an error:\n\nno',
      isError: true,
    });
  });

  it('keeps images of known kinds as image parts and never any other kind', () => {
    const { content } = toolResultContent({
      content: [
        { type: 'image', mimeType: 'image/png', data: 'AAAA' },
        { type: 'image', mimeType: 'text/html', data: 'PHNjcmlwdD4=' },
      ],
    });
    expect(content).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
      { type: 'text', text: '[image of type text/html]' },
    ]);
  });

  it('shows a resource as its URI and text', () => {
    const { content } = toolResultContent({
      content: [{ type: 'resource', resource: { uri: 'file:///a.txt', text: 'hello' } }],
    });
    expect(content).toBe('file:///a.txt\nhello');
  });
});
