/**
 * A worker thread of the workspace check (dist/draftWorker.js): analyses drafts sent by
 * workerEngine.ts, one message per draft, so the extension host's thread stays free for typing.
 */
import { parentPort } from 'node:worker_threads';
import { check } from '../core/analyze';
import type { DraftRequest, DraftResponse } from './workerEngine';

parentPort?.on('message', (request: DraftRequest) => {
  let response: DraftResponse;
  try {
    response = { id: request.id, analysis: check(request.text, request.options) };
  } catch (error) {
    response = { id: request.id, error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
