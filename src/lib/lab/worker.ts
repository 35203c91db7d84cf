// The training lab's Web Worker: tfjs lives here (imported on demand), so training never blocks
// the page. It dispatches the page's commands (protocol.ts) to one session (session.ts), which
// owns tfjs, the data set, the model and the training loop.
import type { FromWorker, ToWorker } from './protocol';
import { setLocale } from '$lib/i18n';
import { LabSession } from './session';

const post = (m: FromWorker, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(m, transfer);
const session = new LabSession(post);

async function handle(m: ToWorker): Promise<void> {
	switch (m.type) {
		case 'init':
			// The worker words its messages (the backend line) in the page's language.
			if (m.locale) setLocale(m.locale);
			return session.init(m.backend, m.kernels === 'pool');
		case 'generate':
			return session.generate(m);
		case 'load':
			return session.load(m);
		case 'train':
			return session.train(m);
		case 'predict':
			return session.predict(m);
		case 'predict-part':
			return session.predictPart(m);
		case 'save':
			return session.save();
		case 'export-data':
			return session.exportData();
		case 'load-model':
			return session.loadModel(m);
		case 'inspect':
			return session.inspect(m.index);
		case 'saliency':
			return session.saliency(m);
		case 'pointing':
			return session.pointing(m);
		case 'pointing-cancel':
			return session.cancelPointing();
		case 'ping':
			return;
		case 'pause':
		case 'resume':
		case 'stop':
			return session.control(m.type);
	}
}

// Commands run one at a time, except pause/resume/stop which must reach a running training, and
// pointing-cancel, a running pointing game.
self.onmessage = (e: MessageEvent<ToWorker>) => {
	const m = e.data;
	if (m.type === 'ping') post({ type: 'pong' });
	else if (m.type === 'pause' || m.type === 'resume' || m.type === 'stop') session.control(m.type);
	else if (m.type === 'pointing-cancel') session.cancelPointing();
	else session.enqueue(() => handle(m));
};
