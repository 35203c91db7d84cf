// Every page is prerendered to static HTML; URLs end in a slash (/lessons/convolution/).
export const prerender = true;
export const trailingSlash = 'always';
