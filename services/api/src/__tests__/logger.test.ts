// The log format: pretty on a terminal, JSON otherwise, LOG_FORMAT to choose; pretty records are one
// human line each; the ready line names the address really bound.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormat } from '../logger.js';
import { listenUrls } from '../http/listen-urls.js';

describe('logFormat', () => {
  it('is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect([logFormat(undefined, true), logFormat('', false)]).toEqual(['pretty', 'json']);
    expect([logFormat('json', true), logFormat('pretty', false)]).toEqual(['json', 'pretty']);
    expect(() => logFormat('yaml', true)).toThrow(/LOG_FORMAT/);
  });
});

describe('createLogger', () => {
  it('writes pretty records as one human line each', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    createLogger('info', 'pretty', out).warn({ operation: 'Plan' }, 'graphql Plan ended in errors');
    expect(text).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: graphql Plan ended in errors \{"operation":"Plan"\}\n$/,
    );
  });
});

describe('listenUrls', () => {
  it('names the address bound, and a local URL for every interface', () => {
    expect(listenUrls('127.0.0.1', 4000)).toEqual({
      url: 'http://127.0.0.1:4000/graphql',
      ready: 'ready at http://127.0.0.1:4000/graphql',
    });
    expect(listenUrls('::1', 4000).ready).toBe('ready at http://[::1]:4000/graphql');
    expect(listenUrls('0.0.0.0', 80)).toEqual({
      url: 'http://localhost:80/graphql',
      ready:
        'ready at http://0.0.0.0:80/graphql (every interface; from this machine: http://localhost:80/graphql)',
    });
  });
});
