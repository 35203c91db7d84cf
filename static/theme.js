// Runs before the first paint so a chosen theme never flashes: 'light' | 'dark' | absent (system).
try {
	var theme = localStorage.getItem('cnn-lab-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	/* storage blocked: follow the system setting */
}
