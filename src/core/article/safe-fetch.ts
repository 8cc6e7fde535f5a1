// Fetches an article or feed URL defensively: http(s) only, no private or loopback addresses
// (checked on the address actually connected to, after DNS), one deadline, a size cap (on the
// decompressed bytes too), few redirects, and only the content types asked for. Conditional
// requests (a 304 is an answer, not an error) and gzip are supported for feeds.

import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import zlib from 'node:zlib';
import { decodeText } from './charset.js';
import { UserError } from '../errors.js';
import { MAX_ARTICLE_CHARS } from './article.js';

export interface FetchOptions {
  /** Allow loopback and private addresses; only for tests against local servers. */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** Content types accepted (default: text, HTML, Markdown) and the Accept header sent. */
  accept?: { types: RegExp; header: string };
}

export interface FetchedPage {
  url: string;
  contentType: string;
  body: string;
  /** 200 for a page; 304 when a conditional request found nothing new (the body is then empty). */
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Where every redirect on the way was permanent (301/308): the URL to use from now on. */
  movedTo: string | null;
}

/** A server's refusal, with its status and, for 429/503, how long it asked us to wait. */
export class HttpStatusError extends UserError {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(message);
  }
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const BLOCKED = new net.BlockList();
for (const [addr, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  BLOCKED.addSubnet(addr, prefix, 'ipv4');
for (const [addr, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(addr, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = net.isIP(address);
  if (!family) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const ACCEPTED_TYPES = /^(text\/html|text\/plain|application\/xhtml\+xml|text\/markdown)\b/i;

/** A DNS lookup that refuses to hand private addresses to the socket. */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      const ok = allowPrivate ? list : list.filter((a) => !isPrivateAddress(a.address));
      if (!ok.length)
        return callback(Object.assign(new Error(`refusing to fetch ${hostname}: it resolves to a private or local address`), { code: 'EPRIVATE' }), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, ok);
      callback(null, ok[0].address, ok[0].family);
    });
  };
}

function getOnce(url: URL, opts: Required<FetchOptions>, deadline: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolveOnce, rejectOnce) => {
    // One deadline for the whole fetch, redirects included: a server that trickles a byte every few
    // seconds never resets it (the socket's idle timeout alone would).
    const timer = setTimeout(
      () => req?.destroy(new UserError(`timed out fetching ${url.href} (over ${Math.round(opts.timeoutMs / 1000)} s)`)),
      Math.max(0, deadline - Date.now()),
    );
    const resolve = (v: { status: number; headers: http.IncomingHttpHeaders; body: string }) => {
      clearTimeout(timer);
      resolveOnce(v);
    };
    const reject = (e: unknown) => {
      clearTimeout(timer);
      rejectOnce(e);
    };
    let req: http.ClientRequest | undefined;
    if (net.isIP(url.hostname.replace(/^\[|\]$/g, '')) && !opts.allowPrivate && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
      return reject(new UserError(`refusing to fetch ${url.hostname}: it is a private or local address`));
    }
    const client = url.protocol === 'https:' ? https : http;
    req = client.get(
      url,
      {
        lookup: guardedLookup(opts.allowPrivate),
        timeout: opts.timeoutMs,
        headers: {
          'user-agent': 'briefbot/0.1 (+article briefing bot)',
          accept: opts.accept.header,
          'accept-encoding': 'gzip, deflate',
          ...opts.headers,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if ((status >= 300 && status < 400) || status === 204) {
          res.resume();
          return resolve({ status, headers: res.headers, body: '' });
        }
        const type = String(res.headers['content-type'] ?? '');
        if (status >= 400) {
          res.resume();
          const wait = status === 429 || status === 503 ? retryAfterMs(res.headers['retry-after']) : null;
          return reject(new HttpStatusError(`could not fetch ${url.href}: the server answered ${status}`, status, wait));
        }
        if (type && !opts.accept.types.test(type)) {
          res.destroy();
          return reject(new UserError(`${url.href} is ${type.split(';')[0]}, not an article page`));
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > opts.maxBytes) {
          res.destroy();
          return reject(new UserError(`${url.href} is larger than ${opts.maxBytes} bytes`));
        }
        // Compressed bodies are inflated as they arrive, and the cap counts the inflated bytes.
        const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
        const body: NodeJS.ReadableStream =
          encoding === 'gzip' || encoding === 'x-gzip' ? res.pipe(zlib.createGunzip()) : encoding === 'deflate' ? res.pipe(zlib.createInflate()) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            res.destroy();
            reject(new UserError(`${url.href} is larger than ${opts.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () => {
          try {
            resolve({ status, headers: res.headers, body: decodeText(Buffer.concat(chunks), type || null) });
          } catch (err) {
            reject(err);
          }
        });
        body.on('error', (err: Error) => reject(new UserError(`could not read ${url.href}: ${err.message}`)));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new UserError(`timed out fetching ${url.href}`)));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof UserError) return reject(err);
      if (err.code === 'EPRIVATE') return reject(new UserError(err.message));
      reject(new UserError(`could not fetch ${url.href}: ${err.code ?? err.message}`));
    });
  });
}

export async function safeFetch(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const opts: Required<FetchOptions> = {
    allowPrivate: false,
    timeoutMs: 10_000,
    maxBytes: MAX_ARTICLE_CHARS,
    maxRedirects: 5,
    headers: {},
    accept: { types: ACCEPTED_TYPES, header: 'text/html,text/plain;q=0.9' },
    ...options,
  };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new UserError(`not a valid URL: ${input.slice(0, 200)}`);
  }
  const deadline = Date.now() + opts.timeoutMs;
  let permanent = true;
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`only http and https URLs can be fetched, not ${url.protocol}`);
    if (url.username || url.password) throw new UserError('URLs with credentials are not fetched');
    const res = await getOnce(url, opts, deadline);
    if (res.status >= 300 && res.status < 400) {
      if (res.status === 304)
        return { url: url.href, contentType: '', body: '', status: 304, headers: res.headers, movedTo: hop > 0 && permanent ? url.href : null };
      const location = res.headers.location;
      if (!location) throw new UserError(`${url.href} redirected without a location`);
      permanent &&= res.status === 301 || res.status === 308;
      url = new URL(location, url);
      continue;
    }
    const movedTo = hop > 0 && permanent ? url.href : null;
    return { url: url.href, contentType: String(res.headers['content-type'] ?? ''), body: res.body, status: res.status, headers: res.headers, movedTo };
  }
  throw new UserError(`too many redirects fetching ${input.slice(0, 200)}`);
}
