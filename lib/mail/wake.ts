// Lets code that queues a mail nudge the worker in the same process, so it need not wait for its
// next poll. Next.js loads modules more than once per process, hence the global.
type Waker = () => void;

const registry = globalThis as { casebookMailWorkerWake?: Waker };

export function onMailQueued(wake: Waker | undefined): void {
  registry.casebookMailWorkerWake = wake;
}

export function wakeMailWorker(): void {
  registry.casebookMailWorkerWake?.();
}
