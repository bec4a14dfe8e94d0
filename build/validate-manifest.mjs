// Checks custom-elements.json after `cem analyze` with @wc-toolkit/cem-validator: package.json points
// to the manifest and publishes it, every element has a tag name, and every type its events,
// properties and methods name can be imported from the element's module. Exits non-zero on an error.
import { validateCem } from '@wc-toolkit/cem-validator';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));

try {
  await validateCem(manifest, {
    // Abstract base classes, not elements: they have no tag name of their own.
    exclude: ['AccountBlock', 'CpFormControl', 'CpTextControl'],
    rules: {
      manifest: {
        // The manifest documents the TypeScript sources (src/…), which Storybook reads.
        modulePath: 'off',
        definitionPath: 'off',
      },
    },
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
