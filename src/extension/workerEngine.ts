/**
 * The workspace check's engine in Node worker threads (desktop VS Code, remote and Codespaces
 * hosts): one worker per spare core, each fed one draft at a time. A worker that dies takes its
 * drafts' promises with it as rejections, never the extension host.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/analyze';
import type { AnalyzeOptions } from '../core/options';
import type { DraftEngine } from './draftEngine';

export interface DraftRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type DraftResponse = { id: number; analysis: Analysis } | { id: number; error: string };

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

/** Most a desk machine gives usefully; each worker holds the engine's lexicons (tens of MB). */
const MAX_WORKERS = 4;

export function workerCount(cores: number): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

/** `script` is the bundled dist/draftWorker.js. */
export function workerEngine(script: string, count = workerCount(availableParallelism())): DraftEngine {
  const pending = new Map<number, Pending>();
  const owner = new Map<number, Worker>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const fail = (worker: Worker, error: Error): void => {
    for (const [id, w] of owner) {
      if (w !== worker) continue;
      pending.get(id)?.reject(error);
      pending.delete(id);
      owner.delete(id);
    }
    load.delete(worker);
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script);
    load.set(worker, 0);
    worker.on('message', (response: DraftResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      owner.delete(response.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (!waiting) return;
      if ('error' in response) waiting.reject(new Error(response.error));
      else waiting.resolve(response.analysis);
    });
    worker.on('error', (error) => fail(worker, error));
    worker.on('exit', (code) => fail(worker, new Error(`a Factdesk worker stopped (exit code ${code})`)));
  }
  return {
    parallelism: count * 2,
    analyze(text, options) {
      let least: Worker | undefined;
      for (const [worker, busy] of load) if (least === undefined || busy < (load.get(least) ?? 0)) least = worker;
      if (!least) return Promise.reject(new Error('no Factdesk worker is running'));
      const id = nextId++;
      const worker = least;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<Analysis>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        owner.set(id, worker);
        worker.postMessage({ id, text, options } satisfies DraftRequest);
      });
    },
    dispose() {
      for (const worker of [...load.keys()]) void worker.terminate();
    },
  };
}
