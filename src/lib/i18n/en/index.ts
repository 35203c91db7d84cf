import { site } from './site';
import { environments } from './environments';
import { quiz } from './quiz';
import { linear } from './linear';
import { metrics } from './metrics';
import { images } from './images';
import { progress } from './progress';
import { instructor } from './instructor';
import { frame } from './frame';
import { backend } from './backend';
import { lab } from './lab';
import { nn } from './nn';
import { conv } from './conv';
import { quizEmbed } from './quiz-embed';
import { deeper } from './deeper';
import { offline } from './offline';
import { visual } from './visual';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = {
	...site,
	...environments,
	...quiz,
	...linear,
	...metrics,
	...images,
	...progress,
	...instructor,
	...frame,
	...backend,
	...lab,
	...nn,
	...conv,
	...quizEmbed,
	...deeper,
	...offline,
	...visual
} as const;
