import type { CpClient } from '../../client/index.js';
import type { RattachementView, UserAccount, UserAccountUpdate } from '../../domain/schemas/index.js';
import { CheckFailure, type CheckContext } from '../check.js';
import { FIXTURE, type FixtureUser } from '../fixture.js';

/**
 * Finds the fixture's records by their natural keys (SIRET, login, service code), so that the checks
 * hold on a backend with ids of its own.
 */

/** The id of a fixture structure, by its SIRET (through the structure search, RAT-2). */
export async function structureId(ctx: CheckContext, siret: string): Promise<number> {
  const found = (await ctx.as('pauline').searchStructures({ identifiant: siret })).items.find(
    (s) => s.identifiantStructure === siret,
  );
  if (!found)
    throw new CheckFailure(`the fixture structure ${siret} to be found by the structure search`, 'no such structure');
  return found.idStructureCPP;
}

/** The caller's own rattachement to a fixture structure. */
export async function ownRattachement(client: CpClient, siret: string): Promise<RattachementView> {
  const row = (await client.listMyRattachements()).items.find((r) => r.identifiantStructure === siret);
  if (!row) throw new CheckFailure(`a rattachement of the caller to ${siret} in the fixture`, 'none listed');
  return row;
}

/** A user's rattachement to a structure as its manager sees it (RAT-8): gives the user's id. */
export async function rattachementOf(
  manager: CpClient,
  idStructureCPP: number,
  user: FixtureUser,
): Promise<RattachementView> {
  const row = (await manager.listStructureRattachements({ idStructureCPP, pageSize: 100 })).items.find(
    (r) => r.login === FIXTURE.users[user],
  );
  if (!row)
    throw new CheckFailure(
      `${FIXTURE.users[user]} attached to structure ${idStructureCPP} in the fixture`,
      'not listed to its manager',
    );
  return row;
}

/** The id of a service of a structure, by its code. */
export async function serviceId(client: CpClient, idStructureCPP: number, codeService: string): Promise<number> {
  const found = (await client.listServices(idStructureCPP, { pageSize: 100 })).items.find(
    (s) => s.codeService === codeService,
  );
  if (!found) throw new CheckFailure(`service ${codeService} in the fixture`, 'not listed');
  return found.idService;
}

/** The editable part of an account (ACC-2), to save it back with changes. */
export const editOf = (account: UserAccount): UserAccountUpdate => ({
  emailContact: account.emailContact!,
  nom: account.nom!,
  prenom: account.prenom!,
  adresse: account.adresse!,
  telephone: account.telephone,
  parametres: account.parametres,
  version: account.version,
});

/** The date `days` after `date` (YYYY-MM-DD), for validity dates relative to the backend's today. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The field-level messages of a refusal as sorted `field:code` pairs, to compare with what a rule expects. */
export const fieldCodes = (error: { fields: readonly { field: string; code: string }[] }): string[] =>
  error.fields.map((f) => `${f.field}:${f.code}`).sort();

/** A PDF-looking file of `size` bytes (its signature matches its extension, PJ-2). */
export function pdfBytes(size = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}
