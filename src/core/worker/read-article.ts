// The worker thread that reads an article: parses the page or text and runs every extractor, so a
// large or hostile article never holds the event loop that acknowledges Slack and Discord.

import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis.js';
import { parseArticleText } from '../article/ingest.js';
import { isUserError } from '../errors.js';

export interface ReadRequest {
  text: string;
  url: string | null;
  html?: boolean;
}

parentPort?.on('message', (req: ReadRequest) => {
  parseArticleText(req.text, req.url, req.html)
    .then(
      (article) => parentPort!.postMessage({ ok: true, analysis: analyzeArticle(article) }),
      (err: Error) => parentPort!.postMessage({ ok: false, userError: isUserError(err), message: err.message }),
    )
    .catch((err: Error) => parentPort!.postMessage({ ok: false, userError: false, message: err.message }));
});
