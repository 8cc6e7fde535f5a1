export function findPostgresBin(): string | null;
export function startLocalPostgres(options?: { dir?: string; maxConnections?: number }): Promise<{ url: string; dir: string; stop: () => void }>;
export function stopLocalPostgres(dir: string, remove?: boolean): void;
