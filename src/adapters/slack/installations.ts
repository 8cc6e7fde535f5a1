// Many Slack workspaces: Bolt's installation store kept in briefbot's database (so every replica
// knows every installation), and the bot token of the workspace a channel is in, for the posts that
// no request carries a token for (digests, feed cards).

import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { UserError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';

/** The key of an installation: the organisation for an org-wide (Enterprise Grid) install, else the workspace. */
export function installKey(who: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string | null {
  return (who.isEnterpriseInstall ? who.enterpriseId : who.teamId) ?? null;
}

export class StoreInstallations implements InstallationStore {
  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
    private readonly onChange?: () => void,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = installKey({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
    if (!key) throw new Error('an installation names neither a workspace nor an organisation');
    await this.store.saveSlackInstallation(key, JSON.stringify(installation), this.clock());
    this.onChange?.();
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installKey(query);
    const json = key ? await this.store.slackInstallation(key) : null;
    if (!json) throw new Error(`briefbot is not installed in ${key ?? 'this workspace'}; install it through /slack/install`);
    return JSON.parse(json) as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = installKey(query);
    if (key) await this.store.deleteSlackInstallation(key);
    this.onChange?.();
  }
}

/** How long a channel's token is remembered before the database is asked again. */
const TOKEN_CACHE_MS = 60_000;

/** The bot token for a channel: that of the installation of the workspace it was last seen in. */
export class WorkspaceTokens {
  private readonly cache = new Map<string, { token: string; at: number }>();

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  async forChannel(channel: string): Promise<string> {
    const cached = this.cache.get(channel);
    if (cached && this.clock() - cached.at < TOKEN_CACHE_MS) return cached.token;
    const workspace = await this.store.channelWorkspace('slack', channel);
    if (!workspace) throw new UserError(`Slack channel ${channel} has not been seen in any workspace that installed briefbot; use a command there first`);
    const json = await this.store.slackInstallation(workspace);
    const token = json ? (JSON.parse(json) as Installation).bot?.token : undefined;
    if (!token)
      throw new UserError(`briefbot is no longer installed in the workspace of Slack channel ${channel} (${workspace}); reinstall it through /slack/install`);
    this.cache.set(channel, { token, at: this.clock() });
    return token;
  }

  /** An installation changed or went: tokens are looked up again. */
  forget(): void {
    this.cache.clear();
  }
}
