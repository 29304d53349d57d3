/**
 * The Slack section's raw sender reads an acknowledgement off its connection by the response's own framing
 * (bench/sections/slack-raw-sender.ts): a Content-Length body, a chunked body, or none; incomplete until all is in.
 */
import { describe, expect, it } from 'vitest';
import { completeResponse } from '../../bench/sections/slack-raw-sender.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('the raw sender reading an acknowledgement', () => {
  it('ends a response after its Content-Length body, and not before', () => {
    const response = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok';
    expect(completeResponse(bytes(response))).toEqual({ status: 200, length: response.length });
    expect(completeResponse(bytes(response.slice(0, -1)))).toBeUndefined();
    expect(completeResponse(bytes(response.slice(0, 20)))).toBeUndefined();
    // The next response's first bytes are left after it.
    expect(completeResponse(bytes(`${response}HTTP/1.1`))).toEqual({ status: 200, length: response.length });
  });

  it('ends a chunked response at its last (empty) chunk', () => {
    const head = 'HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n';
    const response = `${head}3\r\nabc\r\na\r\n0123456789\r\n0\r\n\r\n`;
    expect(completeResponse(bytes(response))).toEqual({ status: 401, length: response.length });
    expect(completeResponse(bytes(response.slice(0, -2)))).toBeUndefined();
    expect(completeResponse(bytes(`${head}3\r\nab`))).toBeUndefined();
  });

  it('ends a response with neither at its head', () => {
    const response = 'HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\n\r\n';
    expect(completeResponse(bytes(response))).toEqual({ status: 204, length: response.length });
  });
});
