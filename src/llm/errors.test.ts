// Each way a request fails is told in plain words: what went wrong and what to do next.
import { describe, expect, it } from 'vitest';
import { describeFailure, StreamCutError, UnreachableError } from './errors';

const apiError = (status: number, message?: string) =>
  Object.assign(new Error(`${status} error`), { status, error: message ? { message } : undefined });

describe('error mapping', () => {
  it('tells the user to check the key on 401, with what the server said', () => {
    const text = describeFailure(apiError(401, 'Incorrect API key provided'), 'http://x/v1', false);
    expect(text).toMatch(/API key was refused \(401\)/);
    expect(text).toMatch(/Settings/);
    expect(text).toContain('Incorrect API key provided');
  });

  it('tells the user to wait on 429', () => {
    expect(describeFailure(apiError(429), '', false)).toMatch(/Rate limit.*Wait/);
  });

  it('blames the server on 5xx', () => {
    expect(describeFailure(apiError(503), '', false)).toMatch(/model server failed \(503\)/);
  });

  it('points at the base URL and CORS when the server cannot be reached', () => {
    const connection = new UnreachableError({ cause: new Error('Connection error.') });
    const text = describeFailure(connection, 'http://localhost:11434/v1', false);
    expect(text).toContain('Could not reach http://localhost:11434/v1');
    expect(text).toMatch(/CORS/);
  });

  it('calls a failure after text arrived a dropped connection', () => {
    expect(describeFailure(new TypeError('network error'), '', true)).toMatch(/connection dropped/);
    expect(describeFailure(new StreamCutError(), '', false)).toMatch(/connection dropped/);
  });

  it('passes on what a server said in an error event mid-stream', () => {
    const cause = Object.assign(new Error('overloaded'), {
      error: { message: 'Model overloaded' },
    });
    expect(describeFailure(new StreamCutError({ cause }), '', true)).toContain('Model overloaded');
  });

  it('asks to check the model on 404', () => {
    expect(describeFailure(apiError(404), '', false)).toMatch(/chat model in the chat header/);
  });
});
