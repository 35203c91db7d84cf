// Every area's strings at once: for the unit tests (vite.config.ts setupFiles), whose state
// classes and helpers run without the components that load their areas in the app, and for the
// embed route, which reads a widget's link (and words its refusals) before the widget renders.
import { useStrings } from './index';
import site from './areas/site';
import environments from './areas/environments';
import quiz from './areas/quiz';
import linear from './areas/linear';
import metrics from './areas/metrics';
import images from './areas/images';
import progress from './areas/progress';
import instructor from './areas/instructor';
import frame from './areas/frame';
import backend from './areas/backend';
import lab from './areas/lab';
import nn from './areas/nn';
import conv from './areas/conv';
import quizEmbed from './areas/quiz-embed';
import deeper from './areas/deeper';
import offline from './areas/offline';
import visual from './areas/visual';

/** Load every area's strings. */
export function useAllStrings(): void {
	useStrings(
		site,
		environments,
		quiz,
		linear,
		metrics,
		images,
		progress,
		instructor,
		frame,
		backend,
		lab,
		nn,
		conv,
		quizEmbed,
		deeper,
		offline,
		visual
	);
}

useAllStrings();
