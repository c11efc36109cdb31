import { describe, expect, it } from 'vitest';
import { describeFailure, StreamCutError, UnreachableError } from './errors';

const apiError = (status: number, message?: string) =>
  Object.assign(new Error(`${status} error`), { status, error: message ? { message } : undefined });

describe('error mapping', () => {
  it('tells the user to check the key on 401', () => {
    const f = describeFailure(apiError(401, 'Incorrect API key provided'), 'http://x/v1', false);
    expect(f.kind).toBe('auth');
    expect(f.message).toMatch(/API key/);
    expect(f.message).toMatch(/Settings/);
    expect(f.message).toContain('Incorrect API key provided');
  });

  it('tells the user to wait on 429', () => {
    const f = describeFailure(apiError(429), '', false);
    expect(f.kind).toBe('rate-limit');
    expect(f.message).toMatch(/Rate limit.*Wait/);
  });

  it('blames the server on 5xx', () => {
    expect(describeFailure(apiError(503), '', false).kind).toBe('server');
  });

  it('points at the base URL and CORS when the server cannot be reached', () => {
    const connection = new UnreachableError({ cause: new Error('Connection error.') });
    const f = describeFailure(connection, 'http://localhost:11434/v1', false);
    expect(f.kind).toBe('network');
    expect(f.message).toContain('http://localhost:11434/v1');
    expect(f.message).toMatch(/CORS/);
  });

  it('calls a failure after text arrived a dropped connection', () => {
    expect(describeFailure(new TypeError('network error'), '', true).kind).toBe('cut');
    expect(describeFailure(new StreamCutError(), '', false).kind).toBe('cut');
  });

  it('passes on what a server said in an error event mid-stream', () => {
    const cause = Object.assign(new Error('overloaded'), {
      error: { message: 'Model overloaded' },
    });
    expect(describeFailure(new StreamCutError({ cause }), '', true).message).toContain(
      'Model overloaded',
    );
  });

  it('asks to check the model on 404', () => {
    expect(describeFailure(apiError(404), '', false).message).toMatch(/Model/);
  });
});
