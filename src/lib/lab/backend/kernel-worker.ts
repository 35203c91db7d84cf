// A kernel helper worker's entry (kernel-helper.ts does the work). Spawned inline (a blob
// worker, see kernel-spawn.ts), so it inherits the page's cross-origin isolation.
import { helperHandler, type ToHelper } from './kernel-helper';

const handle = helperHandler();
self.onmessage = (e: MessageEvent<ToHelper>) => handle(e.data);
