// A @web/test-runner plugin that turns Chromium's forced-colors emulation on and off for a test page
// (the colours a Windows high-contrast theme imposes): browser tests call
// `executeServerCommand('forced-colors', { active: true })`, then `{ active: false }`.
// @web/test-runner-commands' `emulateMedia` knows only colour scheme and reduced motion.

/** CDP sessions of the test pages, kept open so that the emulation lasts. */
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`forced-colors needs Chromium, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.target().createCDPSession();
        sessions.set(page, cdp);
      }
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
