// The QR decoder's worker thread (see pool.ts). Plain JS so it starts without a build step; it
// registers tsx itself, like bin/fanzha.js, to load the TypeScript decoder.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { decodeQrImage, ImageError } = await import('./decode.ts');

parentPort.on('message', (job) => {
  try {
    const payload = decodeQrImage(new Uint8Array(job.bytes));
    parentPort.postMessage({ id: job.id, ok: true, payload });
  } catch (e) {
    parentPort.postMessage({ id: job.id, ok: false, image: e instanceof ImageError, message: e instanceof Error ? e.message : String(e) });
  }
});
parentPort.postMessage({ ready: true });
