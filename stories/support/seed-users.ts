/**
 * The seed's people by the first name the stories use, and their logins (`mock-api/seed/cast.ts`); a
 * module of its own so a page can name them without loading the mock.
 */
export const SEED_USERS = {
  pauline: 'pauline.dufour@terneuil-sur-seine.fr',
  jeane: 'jeane.chaource@cc-chaourcois.fr',
  marc: 'marc.leroy@cc-chaourcois.fr',
  sophie: 'sophie.martin@terneuil-sur-seine.fr',
  lucas: 'lucas.bernard@cc-chaourcois.fr',
  claire: 'claire.petit@terneuil-sur-seine.fr',
  nicolas: 'nicolas.roux@terneuil-sur-seine.fr',
  henri: 'henri.moreau@cc-chaourcois.fr',
  denise: 'denise.faure@terneuil-sur-seine.fr',
  paul: 'paul.durand@durand-btp.fr',
  gilles: 'gilles.lambert@sivom-armance.fr',
  klaus: 'klaus.weber@hohebau.de',
} as const;
