// Files from a file input, with their path inside the chosen folder (webkitRelativePath).
import type { PickedFile } from './training-lab.svelte';

export function pickedFiles(list: FileList | null): PickedFile[] {
	return Array.from(list ?? [], (f) => ({ path: f.webkitRelativePath || f.name, blob: f }));
}
