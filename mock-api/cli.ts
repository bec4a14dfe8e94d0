#!/usr/bin/env node
/** `npx cp-kit-mock [--port 8787] [--host 127.0.0.1] [--large] [--demo] [--cors-origin <origin>]… [--conformance]`: the seeded mock as a loopback HTTP server (`runMockServerCli` in `serve.ts`). */
import { runMockServerCli } from './serve.js';

runMockServerCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`cp-kit mock API could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
