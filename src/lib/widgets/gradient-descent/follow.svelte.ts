import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';

/**
 * A view's half-width that follows `wanted` (the range that keeps the ball and its last steps in
 * sight): it slides in log scale, so a ball that doubles each step is caught up evenly, or jumps
 * under prefers-reduced-motion. Call during component set-up.
 */
export function followingHalf(wanted: () => number): { readonly current: number } {
	const zoom = Tween.of(() => Math.log(wanted()), {
		duration: () => (prefersReducedMotion.current ? 0 : 300),
		easing: cubicOut
	});
	return {
		get current() {
			return Math.exp(zoom.current);
		}
	};
}
