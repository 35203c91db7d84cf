// The one barrel lessons import widgets from: `import { EnvironmentPicker } from '$lib/widgets';`
export { default as EnvironmentPicker } from './environments/Widget.svelte';
export { default as LinearModel } from './linear-model/Widget.svelte';
export { default as Convolution } from './convolution/Widget.svelte';
export { default as Pooling } from './pooling/Widget.svelte';
export { default as FeatureMaps } from './convolution/FeatureMaps.svelte';
