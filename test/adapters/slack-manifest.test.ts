import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slackManifest } from '../../src/adapters/slack/manifest.js';
import { COMMANDS } from '../../src/commands/definitions.js';

describe('config/slack-manifest.yml', () => {
  it('is the generated manifest, so it lists every command and the app_mention event', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'config', 'slack-manifest.yml'), 'utf8');
    expect(committed).toBe(slackManifest());
    for (const c of COMMANDS) expect(committed).toContain(`- command: /${c.name}`);
    expect(committed).toMatch(/bot_events:\n\s+- app_mention/);
    expect(committed).toMatch(/- commands\n/);
  });
});

describe('the Socket Mode manifest (briefbot slack manifest --socket-mode)', () => {
  it('enables Socket Mode and names no request URL, with the same commands and event', () => {
    const manifest = slackManifest(undefined, { socketMode: true });
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).not.toMatch(/url:/);
    for (const c of COMMANDS) expect(manifest).toContain(`- command: /${c.name}`);
    expect(manifest).toMatch(/bot_events:\n\s+- app_mention/);
  });
});
