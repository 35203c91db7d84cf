// A second web server for the tests that need another origin: a host page around an embed, or an
// LMS with an unpacked SCORM package. Listens on a free port of 127.0.0.1, so its origin
// (http://127.0.0.1:<port>) differs from the site's (http://localhost:<E2E_PORT>).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
	origin: string;
	/** Paths asked for that the server did not have. */
	missing: string[];
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript',
	css: 'text/css',
	svg: 'image/svg+xml',
	json: 'application/json',
	png: 'image/png',
	woff2: 'font/woff2',
	ttf: 'font/ttf',
	xml: 'application/xml'
};

export const typeOf = (path: string) => TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';

/** Serve `files` (path → body) and `pages` (path → HTML made per request). */
export async function serve(
	files: Record<string, Uint8Array | string>,
	fallback?: (req: IncomingMessage, res: ServerResponse) => boolean
): Promise<Served> {
	const missing: string[] = [];
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const body = files[path];
		if (body !== undefined) {
			res.writeHead(200, { 'content-type': typeOf(path), 'cache-control': 'no-store' });
			res.end(body);
			return;
		}
		if (fallback?.(req, res)) return;
		missing.push(path);
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		missing,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}
