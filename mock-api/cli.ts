#!/usr/bin/env node
/** `npx cp-kit-mock [--port 8787] [--host 127.0.0.1] [--large]`: the seeded mock as a loopback HTTP server. */
import { runMockServerCli } from './serve.js';

void runMockServerCli(process.argv.slice(2));
