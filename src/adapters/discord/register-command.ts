export async function runDiscordCommand(_a: string[]): Promise<void> { throw new Error("discord: not implemented yet"); }
