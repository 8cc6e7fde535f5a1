// Many Slack workspaces, end to end on both stores: the real Bolt OAuth install flow (/slack/install,
// the state cookie, /slack/oauth_redirect, oauth.v2.access on the fake Slack), installations kept in
// the database, and every reply, card and digest made with the token of the channel's own workspace.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { DEFAULT_DELIVERY, deliverDigest } from '../../src/schedule/deliver.js';
import { BACKENDS } from '../helpers/stores.js';
import { FakeSlack, sendSigned, slashCommand } from './fake-slack.js';
import { freePort, startTestApp, tempWorkspace } from './harness.js';

const SECRET = 'test-signing-secret';
const FORM = 'application/x-www-form-urlencoded';

/** Installs the app into `team` the way a browser does: the install page, then Slack's redirect back with a code. */
export async function installWorkspace(appUrl: string, team: string): Promise<{ status: number; body: string }> {
  const page = await fetch(`${appUrl}/slack/install`, { redirect: 'manual' });
  const html = await page.text();
  const cookie = page.headers.getSetCookie().find((c) => c.startsWith('slack-app-oauth-state='));
  const state = /[?&;]state=([^&"']+)/.exec(html.replaceAll('&amp;', '&'))?.[1];
  if (!cookie || !state) throw new Error(`the install page gave no state (status ${page.status})`);
  const back = await fetch(`${appUrl}/slack/oauth_redirect?code=code-${team}&state=${state}`, {
    headers: { cookie: cookie.split(';')[0] },
    redirect: 'manual',
  });
  return { status: back.status, body: await back.text() };
}

for (const backend of BACKENDS)
  describe.skipIf(!backend.available)(`Slack in many workspaces (${backend.name})`, () => {
    let slack: FakeSlack;
    let app: App;
    let appUrl = '';

    beforeAll(async () => {
      slack = new FakeSlack();
      await slack.start();
      const ws = tempWorkspace();
      const db = await backend.database();
      const port = await freePort();
      appUrl = `http://127.0.0.1:${port}`;
      app = await startTestApp({
        SLACK_CLIENT_ID: '111.222',
        SLACK_CLIENT_SECRET: 'client-secret',
        SLACK_STATE_SECRET: 'a-state-secret-of-some-length',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
        ...db.env,
      });
    });

    afterAll(async () => {
      await app?.shutdown();
      await slack?.stop();
    });

    /** Delivers a channel's digest for a date now, as the scheduler would: from no request at all. */
    async function digestFor(channel: string, localDate: string) {
      const poster = app.adapters.find((a) => a.platform === 'slack')!.poster;
      const subscription = (await app.store.listSubscriptions()).find((s) => s.channel === channel)!;
      return deliverDigest(app.store, app.library, new Map([['slack', poster]]), subscription, localDate, false, Date.now(), {
        ...DEFAULT_DELIVERY,
        owner: 'test',
        postWhenEmpty: true,
      });
    }

    it('installs into two workspaces through /slack/install and keeps each installation', async () => {
      for (const team of ['T1', 'T2']) {
        const done = await installWorkspace(appUrl, team);
        expect(done.status).toBe(200);
        expect(JSON.parse((await app.store.slackInstallation(team))!)).toMatchObject({ team: { id: team }, bot: { token: `xoxb-${team}` } });
      }
      const exchange = slack.calls.filter((c) => c.method === 'oauth.v2.access');
      expect(exchange.map((c) => c.args.code)).toEqual(['code-T1', 'code-T2']);
      // A redirect without the browser's state cookie is refused, and installs nothing.
      const forged = await fetch(`${appUrl}/slack/oauth_redirect?code=code-T9&state=made-up`, { redirect: 'manual' });
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(await app.store.slackInstallation('T9')).toBeNull();
    });

    it("answers each workspace's commands and posts its cards and digests with that workspace's token", async () => {
      // An admin check in T2 uses T2's token.
      const sub = await sendSigned(appUrl, slashCommand('/subscribe', '08:00 UTC', `${slack.url}/respond/s`, 'C20', 'U1', 'T2'), FORM, SECRET);
      expect(sub.status).toBe(200);
      expect(JSON.parse(sub.body).text).toMatch(/Subscribed/);
      expect(slack.calls.filter((c) => c.method === 'users.info').map((c) => c.token)).toEqual(['xoxb-T2']);

      const before = slack.posts().length;
      await sendSigned(appUrl, slashCommand('/briefing', 'brics-nsa-cyber-2023', `${slack.url}/respond/b`, 'C10', 'U1', 'T1'), FORM, SECRET);
      await sendSigned(appUrl, slashCommand('/briefing', 'brics-nsa-cyber-2023', `${slack.url}/respond/c`, 'C20', 'U1', 'T2'), FORM, SECRET);
      const cards = await slack.waitFor(() => (slack.posts().length >= before + 2 ? slack.posts().slice(before) : false));
      expect(Object.fromEntries(cards.map((c) => [c.args.channel, c.token]))).toEqual({ C10: 'xoxb-T1', C20: 'xoxb-T2' });

      // The digest goes out from no request at all: the channel's workspace decides the token.
      const from = slack.posts().length;
      const outcome = await digestFor('C20', '2026-06-01');
      expect(outcome.status).toBe('delivered');
      const digest = slack.posts().slice(from);
      expect(digest.length).toBeGreaterThanOrEqual(1);
      expect(new Set(digest.map((c) => c.token))).toEqual(new Set(['xoxb-T2']));
    });

    it('refuses requests from a workspace that never installed it, and forgets one that uninstalls', async () => {
      const stranger = await sendSigned(appUrl, slashCommand('/help', '', `${slack.url}/respond/x`, 'C30', 'U1', 'T3'), FORM, SECRET);
      expect(stranger.status).not.toBe(200);
      expect(await app.store.channelWorkspace('slack', 'C30')).toBeNull();

      const event = JSON.stringify({
        token: 'legacy',
        team_id: 'T2',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: 'Ev-uninstall',
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T2', user_id: 'UBOTT2', is_bot: true }],
        event: { type: 'app_uninstalled' },
      });
      expect((await sendSigned(appUrl, event, 'application/json', SECRET)).status).toBe(200);
      await slack.waitFor(async () => (await app.store.slackInstallation('T2')) === null);
      // Its channel's digest now fails with a word on what to do, and nothing is posted with a stale token.
      const from = slack.posts().length;
      const outcome = await digestFor('C20', '2026-06-02');
      expect(outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/no longer installed.*\/slack\/install/) });
      expect(slack.posts().slice(from)).toEqual([]);
    });
  });
