// The one barrel lessons import widgets from: `import { EnvironmentPicker } from '$lib/widgets';`
export { default as EnvironmentPicker } from './environments/Widget.svelte';
export { default as LinearModel } from './linear-model/Widget.svelte';
export { default as GradientDescent } from './gradient-descent/Widget.svelte';
export { default as NeuralNetwork } from './network/Widget.svelte';
export { default as BackpropStepper } from './backprop-stepper/Widget.svelte';
export { default as ActivationPlot } from './activation/Widget.svelte';
export { default as PolynomialFit } from './fitting/Widget.svelte';
export { default as GradientDescent2D } from './gradient-descent-2d/Widget.svelte';
