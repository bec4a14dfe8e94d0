import {
  FirstConnectionInput,
  PasswordChange,
  SecretQuestionChange,
  UserAccount,
  UserAccountUpdate,
} from '../../../src/domain/schemas/index.js';
import {
  changePassword,
  changeSecretQuestion,
  completeFirstConnection,
  getMyAccount,
  updateMyAccount,
} from '../../rules/account.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Mon compte';

/** Routes of "Mon compte" (SPEC §1-2: ID-1..4, ACC-1..7). */
export const accountRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/me',
    operationId: 'getMyAccount',
    summary:
      'The account of the user the host authenticated (ID-1), with its parameters and read-only state (ACC-2, ACC-6).',
    tag,
    rules: ['ID-1', 'ID-4', 'ACC-1', 'ACC-6'],
    access: { incomplete: true },
    response: UserAccount,
    handle: (ctx) => getMyAccount(ctx.rules),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/me',
    operationId: 'updateMyAccount',
    summary:
      'Saves the general information and parameters at once, based on a version (ACC-2, ACC-3, ACC-6, ACC-7); the login id is not editable (ID-3).',
    tag,
    rules: ['ID-3', 'ACC-2', 'ACC-3', 'ACC-6', 'ACC-7'],
    body: UserAccountUpdate,
    response: UserAccount,
    handle: (ctx) => updateMyAccount(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/first-connection',
    operationId: 'completeFirstConnection',
    summary: 'Completes an account initialised from MADRHAS: contact e-mail, nom, prénom, postal address (ACC-1).',
    tag,
    rules: ['ACC-1', 'ID-3', 'ACC-7'],
    access: { incomplete: true },
    body: FirstConnectionInput,
    response: UserAccount,
    handle: (ctx) => completeFirstConnection(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/password',
    operationId: 'changePassword',
    summary: 'Changes the password: current one, new one twice, policy of ACC-4.',
    tag,
    rules: ['ACC-4', 'ACC-8'],
    body: PasswordChange,
    handle: (ctx) => changePassword(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/me/secret-question',
    operationId: 'changeSecretQuestion',
    summary: 'Changes the secret question and answer; the answer is stored hashed and never returned (ACC-5).',
    tag,
    rules: ['ACC-5', 'ACC-4', 'ACC-8'],
    body: SecretQuestionChange,
    response: UserAccount,
    handle: (ctx) => changeSecretQuestion(ctx.rules, ctx.body),
  }),
];
