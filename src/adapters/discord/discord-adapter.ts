export class DiscordAdapter { constructor(..._a: unknown[]) { throw new Error('Discord adapter not implemented yet'); } }
