// Custom-elements manifest (custom-elements.json) generated from the elements' sources and JSDoc;
// Storybook reads it for its docs and controls. Leaves package.json alone.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
