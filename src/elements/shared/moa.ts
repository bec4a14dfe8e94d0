import type { StructureParameters } from '../../domain/schemas/index.js';

/** Présence MOA (STR-5) as one choice: the API's two booleans, `exclusivement` implying `avec`. */
export type MoaPresence = 'sans' | 'avec' | 'exclusivement';

/** The two booleans of the API that say Présence MOA. */
type MoaFlags = Pick<StructureParameters, 'getaMoa' | 'estMoaUniquement'>;

/** The three choices, in the guides' order. */
export const MOA_PRESENCES: readonly MoaPresence[] = ['sans', 'avec', 'exclusivement'];

/** The choice the parameters express. */
export const moaOf = (p: MoaFlags): MoaPresence => (p.estMoaUniquement ? 'exclusivement' : p.getaMoa ? 'avec' : 'sans');

/** The parameters with a choice of Présence MOA applied (`getaMoa`, `estMoaUniquement`). */
export const withMoa = <P extends MoaFlags>(p: P, moa: MoaPresence): P => ({
  ...p,
  getaMoa: moa !== 'sans',
  estMoaUniquement: moa === 'exclusivement',
});
