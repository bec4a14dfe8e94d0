/**
 * The demo portal's entry (`index.html`, `npm start`, `npm run build:demo`): the portal fills the
 * page. See `portal-app.ts`.
 */
import { startPortal } from './portal-app.js';

await startPortal({ container: document.querySelector<HTMLElement>('#portal')! });
