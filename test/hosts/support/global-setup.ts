import type { TestProject } from 'vitest/node';
import { packTarball } from './pack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the packed cp-kit tarball every host app installs. */
    tarball: string;
  }
}

/** Packs cp-kit once for every host app test. */
export default function setup(project: TestProject): void {
  const tarball = packTarball(new URL('../../..', import.meta.url).pathname);
  project.provide('tarball', tarball);
}
