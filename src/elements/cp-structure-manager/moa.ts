import type { EditableParameters } from './structure-draft.js';

/** Présence MOA (STR-5) as one choice: the API's two booleans, `exclusivement` implying `avec`. */
export type MoaPresence = 'sans' | 'avec' | 'exclusivement';

/** The three choices, in the guides' order. */
export const MOA_PRESENCES: readonly MoaPresence[] = ['sans', 'avec', 'exclusivement'];

/** The choice the parameters express. */
export const moaOf = (p: Pick<EditableParameters, 'getaMoa' | 'estMoaUniquement'>): MoaPresence =>
  p.estMoaUniquement ? 'exclusivement' : p.getaMoa ? 'avec' : 'sans';

/** The parameters with a choice of Présence MOA applied (`getaMoa`, `estMoaUniquement`). */
export const withMoa = (p: EditableParameters, moa: MoaPresence): EditableParameters => ({
  ...p,
  getaMoa: moa !== 'sans',
  estMoaUniquement: moa === 'exclusivement',
});
