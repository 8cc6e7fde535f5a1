// A few long-lived worker threads that take jobs one at a time, each with a deadline: parsing and
// extraction run off the event loop, a thread is started once (not per job: that costs ~250 ms of
// module loading), and a job that overruns its deadline gets its thread replaced.

import { Worker } from 'node:worker_threads';

interface Job<Req, Rep> {
  request: Req;
  resolve: (reply: Rep) => void;
  reject: (err: Error) => void;
}

interface Thread<Req, Rep> {
  worker: Worker;
  job: (Job<Req, Rep> & { timer: NodeJS.Timeout }) | null;
}

export interface WorkerPoolOptions<Req> {
  size: number;
  deadlineMs: number;
  /** The error for a job that overran its deadline. */
  overran: (request: Req) => Error;
}

export class WorkerPool<Req, Rep> {
  private readonly threads: Array<Thread<Req, Rep>> = [];
  private readonly queue: Array<Job<Req, Rep>> = [];
  private closed = false;

  constructor(
    private readonly file: URL,
    private readonly options: WorkerPoolOptions<Req>,
  ) {}

  run(request: Req): Promise<Rep> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let thread = this.threads.find((t) => !t.job);
      if (!thread && this.threads.length < this.options.size) thread = this.spawn();
      if (!thread) return;
      const job = this.queue.shift()!;
      const timer = setTimeout(() => this.retire(thread!, this.options.overran(job.request)), this.options.deadlineMs);
      thread.job = { ...job, timer };
      thread.worker.postMessage(job.request);
    }
  }

  private spawn(): Thread<Req, Rep> {
    const thread: Thread<Req, Rep> = { worker: new Worker(this.file), job: null };
    thread.worker.on('message', (reply: Rep) => {
      const job = thread.job;
      if (!job) return;
      clearTimeout(job.timer);
      thread.job = null;
      job.resolve(reply);
      this.dispatch();
    });
    thread.worker.on('error', (err) => this.retire(thread, err));
    thread.worker.on('exit', (code) => this.retire(thread, new Error(`a worker thread stopped (exit ${code})`)));
    // Idle threads never keep the process alive (after the listeners: adding one refs the thread again).
    thread.worker.unref();
    this.threads.push(thread);
    return thread;
  }

  /** Ends a thread (its job overran, or it died): its job fails, the next job gets a fresh thread. */
  private retire(thread: Thread<Req, Rep>, err: Error): void {
    const at = this.threads.indexOf(thread);
    if (at < 0) return;
    this.threads.splice(at, 1);
    const job = thread.job;
    thread.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(err);
    }
    void thread.worker.terminate();
    if (!this.closed) this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool was closed'));
    await Promise.all([...this.threads].map((t) => this.retire(t, new Error('the worker pool was closed'))));
  }
}
