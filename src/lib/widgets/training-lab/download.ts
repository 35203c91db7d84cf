// Hand files to the browser as downloads (the saved model, the data set as a .zip).
export function downloadFiles(files: { name: string; blob: Blob }[]) {
	for (const f of files) {
		const a = document.createElement('a');
		a.href = URL.createObjectURL(f.blob);
		a.download = f.name;
		a.click();
		setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
	}
}
