// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Set by src/hooks.client.ts when the page's files could not be fetched (offline). */
			network?: boolean;
		}
	}
}

export {};
