// Limits how many requests run at once in all and per host, so that a poll of many feeds on one
// site never opens more than a few connections to it.

export class HostLimit {
  private readonly active = new Map<string, number>();
  private running = 0;
  private readonly waiting: Array<{ host: string; go: () => void }> = [];

  constructor(
    private readonly perHost: number,
    private readonly total: number,
  ) {}

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    // A waiter's slot is taken for it when it is woken, so nobody can slip in between.
    if (this.free(host)) this.take(host);
    else await new Promise<void>((go) => this.waiting.push({ host, go }));
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private free(host: string): boolean {
    return this.running < this.total && (this.active.get(host) ?? 0) < this.perHost;
  }

  private take(host: string): void {
    this.running++;
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
  }

  private release(host: string): void {
    this.running--;
    const left = (this.active.get(host) ?? 1) - 1;
    if (left) this.active.set(host, left);
    else this.active.delete(host);
    // Wake the first waiters whose host has room (the others keep their place).
    for (let at = this.waiting.findIndex((w) => this.free(w.host)); at >= 0; at = this.waiting.findIndex((w) => this.free(w.host))) {
      const [next] = this.waiting.splice(at, 1);
      this.take(next.host);
      next.go();
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
