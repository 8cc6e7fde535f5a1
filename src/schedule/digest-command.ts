export async function runDigestCommand(_a: string[]): Promise<void> { throw new Error("digest: not implemented yet"); }
export async function runSubscriptionsCommand(_a: string[]): Promise<void> { throw new Error("subscriptions: not implemented yet"); }
