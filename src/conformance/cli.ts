#!/usr/bin/env node
/** `npx cp-kit-conformance --base-url URL …`: the conformance suite of the cp-kit HTTP contract (see `run-cli.ts`). */
import { runConformanceCli } from './run-cli.js';

runConformanceCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cp-kit-conformance: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
