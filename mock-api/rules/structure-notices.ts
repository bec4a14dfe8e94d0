import type { Notice, Structure } from '../../src/domain/schemas/index.js';
import type { MockEnv } from './context.js';
import { identifierKeyWarning } from './structure-identifier.js';
import { projected } from './structure-pending.js';

/**
 * Warnings a structure carries when it is read, without any refusal: a SIRET whose key fails
 * (accepted in sandbox, STR-1), and a public structure that requires the code service while it
 * has no active service, now or once its pending changes take effect (STR-5, [design]).
 */
export function structureNotices(env: Pick<MockEnv, 'store'>, structure: Structure): Notice[] {
  const notices: Notice[] = [];
  const keyWarning = identifierKeyWarning(structure.typeIdentifiantStructure, structure.identifiantStructure);
  if (keyWarning) notices.push({ code: 'siret_key_invalid', rule: 'STR-1', message: keyWarning });
  const future = projected(structure);
  if (future.typeStructure === 'PUBLIQUE' && future.parametres.codeServiceDoitEtreRenseigne) {
    const hasActiveService =
      env.store.services.find(
        (s) => s.idStructureCPP === structure.idStructureCPP && projected(s).statut === 'ACTIF',
      ) !== undefined;
    if (!hasActiveService) {
      notices.push({
        code: 'code_service_without_active_service',
        rule: 'STR-5',
        message: {
          fr: 'Le code service est exigé des fournisseurs mais la structure n’a aucun service actif : ils ne pourront pas facturer.',
          en: 'Suppliers must give a service code but the structure has no active service: they will not be able to invoice.',
        },
      });
    }
  }
  return notices;
}

/** A structure as answered: with its warnings. */
export const withNotices = (env: Pick<MockEnv, 'store'>, structure: Structure): Structure => ({
  ...structure,
  avertissements: structureNotices(env, structure),
});
