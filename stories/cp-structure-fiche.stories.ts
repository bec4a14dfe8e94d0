import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import '../src/elements/cp-structure-fiche/cp-structure-fiche.js';
import { inSession, mockLoader } from './support/mock.js';

const { structures: S } = CAST;

/**
 * The fiche structure, read-only (STR-8), on the embedded mock: each story starts from the guides'
 * seed.
 */
const meta: Meta = {
  title: 'Elements/cp-structure-fiche',
  component: 'cp-structure-fiche',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** STR-8: Sophie MARTIN, a simple user of the Mairie, consults its fiche (public structure: its parameters). */
export const Loaded: Story = {
  render: () => inSession('sophie', html`<cp-structure-fiche structure-id=${S.mairie}></cp-structure-fiche>`),
};

/** STR-8: the CC du Chaourcois with its active services, as Lucas (attached to one service) reads it. */
export const WithServices: Story = {
  render: () => inSession('lucas', html`<cp-structure-fiche structure-id=${S.chaourcois}></cp-structure-fiche>`),
};

/** STR-8: DURAND BTP, a private company, with its Numéro RCS and TVA intracommunautaire. */
export const PrivateCompany: Story = {
  render: () => inSession('paul', html`<cp-structure-fiche structure-id=${S.durandBtp}></cp-structure-fiche>`),
};

/** STR-8: Sophie is not attached to DURAND BTP: the fiche says why and how to get access. */
export const Refused: Story = {
  render: () => inSession('sophie', html`<cp-structure-fiche structure-id=${S.durandBtp}></cp-structure-fiche>`),
};

/** STR-8 in English. */
export const English: Story = {
  render: () => inSession('sophie', html`<cp-structure-fiche lang="en" structure-id=${S.mairie}></cp-structure-fiche>`),
};
