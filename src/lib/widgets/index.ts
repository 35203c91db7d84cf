// The one barrel lessons import widgets from: `import { EnvironmentPicker } from '$lib/widgets';`
export { default as EnvironmentPicker } from './environments/Widget.svelte';
export { default as LinearModel } from './linear-model/Widget.svelte';
export { default as ConfusionMatrix } from './confusion-matrix/Widget.svelte';
export { default as ConfusionTable } from '$lib/ui/ConfusionTable.svelte';
export { default as ThresholdExplorer } from './threshold/Widget.svelte';
export { default as PixelInspector } from './pixel-inspector/Widget.svelte';
export { default as FilterGallery } from './filter-gallery/Widget.svelte';
export { default as TrainingLab } from './training-lab/Widget.svelte';
export { default as Augmentation } from './augmentation/Widget.svelte';
export { default as GradientDescent } from './gradient-descent/Widget.svelte';
export { default as NeuralNetwork } from './network/Widget.svelte';
export { default as BackpropStepper } from './backprop-stepper/Widget.svelte';
export { default as ActivationPlot } from './activation/Widget.svelte';
export { default as PolynomialFit } from './fitting/Widget.svelte';
export { default as GradientDescent2D } from './gradient-descent-2d/Widget.svelte';
