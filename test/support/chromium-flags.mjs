// The flags every headless Debian Chromium of this project runs with (browser tests, host apps,
// benchmarks): as root it needs --no-sandbox, and on a closed network it must not look anything up
// (see ../shared/TOOLCHAIN.md).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
