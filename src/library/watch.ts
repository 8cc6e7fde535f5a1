// Watches the briefings folder and ingests article files that appear while the bot runs.

import { watch, type FSWatcher } from 'node:fs';
import { extname } from 'node:path';
import { ARTICLE_EXTENSIONS, type Library, type StoredBriefing } from './library.js';

export interface Watcher {
  close(): void;
}

export function watchBriefings(dir: string, library: Library, onAdded: (b: StoredBriefing) => void, onError: (file: string, err: Error) => void): Watcher {
  const pending = new Map<string, NodeJS.Timeout>();
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, (_event, file) => {
      if (!file || !ARTICLE_EXTENSIONS.has(extname(file).toLowerCase())) return;
      // Editors and copies write in bursts; wait for the file to settle before reading it.
      clearTimeout(pending.get(file));
      pending.set(
        file,
        setTimeout(() => {
          pending.delete(file);
          library.ingestFolderFile(dir, file).then(
            ({ briefing, created }) => {
              if (created) onAdded(briefing);
            },
            (err: Error) => {
              if (!/no such file/.test(err.message)) onError(file, err);
            },
          );
        }, 300),
      );
    });
  } catch {
    return { close() {} };
  }
  return {
    close() {
      for (const t of pending.values()) clearTimeout(t);
      watcher.close();
    },
  };
}
