// The worker thread that reads feeds: one long-lived thread takes each fetched document in turn and
// returns the feed in it, or, for a web page, the feeds it links to (autodiscovery), so that a large
// or hostile feed never holds the event loop that acknowledges Slack and Discord.

import { parentPort } from 'node:worker_threads';
import { discoverFeedLinks } from '../feed/discover.js';
import { type FeedDocument, readFeedDocument } from '../feed/feed-document.js';
import { isUserError } from '../errors.js';

export interface FeedReadRequest {
  text: string;
  url: string;
  contentType: string;
}

export type FeedReadReply = { ok: true; feed: FeedDocument } | { ok: true; feed: null; links: string[] } | { ok: false; userError: boolean; message: string };

const looksLikeHtml = (text: string, type: string) => /html/i.test(type) || /^\s*(?:<!doctype html|<html)/i.test(text.slice(0, 500));

export function readFeedRequest(req: FeedReadRequest): FeedReadReply {
  try {
    return { ok: true, feed: readFeedDocument(req.text, req.url) };
  } catch (err) {
    if (looksLikeHtml(req.text, req.contentType)) return { ok: true, feed: null, links: discoverFeedLinks(req.text, req.url) };
    return { ok: false, userError: isUserError(err), message: (err as Error).message };
  }
}

parentPort?.on('message', (req: FeedReadRequest) => parentPort!.postMessage(readFeedRequest(req)));
