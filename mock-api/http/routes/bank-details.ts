import * as z from 'zod/mini';
import {
  BankDetails,
  BankDetailsInput,
  BankDetailsUpdate,
  Id,
  PageQuery,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import {
  bankDetailsFile,
  bankDetailsOf,
  createBankDetails,
  getBankDetails,
  updateBankDetails,
} from '../../rules/bank-details.js';
import type { CsvExport } from '../csv.js';
import { matchesText, paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';
import { fileResponse } from './attachments.js';

const tag = 'Coordonnées bancaires';
const base = '/api/structures/:idStructureCPP/bank-details';
const StructureParams = z.object({ idStructureCPP: Id });
const ItemParams = z.object({ idStructureCPP: Id, idCoordonneeBancaire: Id });
const ListQuery = z.extend(PageQuery, { nom: z.optional(z.string().check(z.maxLength(100))) });

/** the columns of the bank details list. */
const bankDetailsCsv: CsvExport<BankDetails> = {
  filename: 'coordonnees-bancaires',
  columns: [
    { label: { fr: 'Nom', en: 'Name' }, value: (b) => b.nomCoordonneeBancaire },
    { label: { fr: 'Type', en: 'Type' }, value: (b) => b.type },
    { label: { fr: 'Pays', en: 'Country' }, value: (b) => b.pays },
    { label: { fr: 'IBAN', en: 'IBAN' }, value: (b) => b.iban },
    { label: { fr: 'BIC', en: 'BIC' }, value: (b) => b.bic },
    { label: { fr: 'Affactureur', en: 'Factor' }, value: (b) => b.affactureur },
    {
      label: { fr: 'Raison sociale de l’affactureur', en: 'Factor’s company name' },
      value: (b) => b.factor?.raisonSociale,
    },
    { label: { fr: 'Date de modification', en: 'Modified on' }, value: (b) => b.dateModification, type: 'date' },
  ],
};

/** Routes of coordonnées bancaires (SPEC §10, BNK-1..5). */
export const bankDetailsRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: base,
    operationId: 'listBankDetails',
    summary:
      'Lists the bank details of a structure, for its members: filter by name, sort, pages; CSV export (BNK-5, X-3).',
    tag,
    rules: ['BNK-5', 'X-2', 'X-3'],
    params: StructureParams,
    query: ListQuery,
    response: pageOf(BankDetails),
    csv: bankDetailsCsv,
    handle: ({ rules, params, query }) =>
      paginate(
        bankDetailsOf(rules, params.idStructureCPP).filter((b) => matchesText(b.nomCoordonneeBancaire, query.nom)),
        query,
        ['nomCoordonneeBancaire', 'type', 'pays', 'dateModification'],
        'nomCoordonneeBancaire',
      ),
  }),
  defineRoute({
    method: 'POST',
    path: base,
    operationId: 'createBankDetails',
    summary:
      'Records bank details (GP or Organisation modification): IBAN with a consistent BIC or French RIB with its key, RIB file of the structure required, factor when "affactureur" (BNK-1..4, X-2).',
    tag,
    rules: ['BNK-1', 'BNK-2', 'BNK-3', 'BNK-4', 'X-2', 'X-5'],
    params: StructureParams,
    body: BankDetailsInput,
    response: BankDetails,
    status: 201,
    handle: ({ rules, params, body }) => createBankDetails(rules, params.idStructureCPP, body),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/:idCoordonneeBancaire`,
    operationId: 'getBankDetails',
    summary: 'One bank details record of the structure, for its members (BNK-5).',
    tag,
    rules: ['BNK-5', 'X-2'],
    params: ItemParams,
    response: BankDetails,
    handle: ({ rules, params }) => getBankDetails(rules, params.idStructureCPP, params.idCoordonneeBancaire),
  }),
  defineRoute({
    method: 'PUT',
    path: `${base}/:idCoordonneeBancaire`,
    operationId: 'updateBankDetails',
    summary:
      'Modifies bank details based on their version (409 when stale); the checks of BNK-1..4 apply again (BNK-5, X-2).',
    tag,
    rules: ['BNK-5', 'BNK-1', 'BNK-2', 'BNK-3', 'BNK-4', 'X-2'],
    params: ItemParams,
    body: BankDetailsUpdate,
    response: BankDetails,
    handle: ({ rules, params, body }) =>
      updateBankDetails(rules, params.idStructureCPP, params.idCoordonneeBancaire, body),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/:idCoordonneeBancaire/attachment`,
    operationId: 'downloadBankDetailsAttachment',
    summary: 'The RIB file of bank details, as a download (BNK-5, PJ-2).',
    tag,
    rules: ['BNK-5', 'PJ-2'],
    params: ItemParams,
    produces: 'application/octet-stream',
    handle: ({ rules, params }) => {
      const { attachment, bytes } = bankDetailsFile(rules, params.idStructureCPP, params.idCoordonneeBancaire);
      return fileResponse(bytes, attachment.pieceJointeNom, attachment.pieceJointeTypeMime);
    },
  }),
];
