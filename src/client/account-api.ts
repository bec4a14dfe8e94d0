import {
  UserAccount,
  type FirstConnectionInput,
  type PasswordChange,
  type SecretQuestionChange,
  type UserAccountUpdate,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

/** "Mon compte" and the current user (SPEC §1-2). */
export interface AccountApi {
  /**
   * The account of the user the host authenticated (ID-1). A deactivated account rejects with
   * `ACCOUNT_DEACTIVATED` (ID-4); an account not yet completed is returned with
   * `premiereConnexionTerminee: false` and every other call rejects with `FIRST_CONNECTION_REQUIRED` (ACC-1).
   */
  getMyAccount(options?: CallOptions): Promise<UserAccount>;
  /** Completes an account initialised from MADRHAS (ACC-1). */
  completeFirstConnection(input: FirstConnectionInput, options?: CallOptions): Promise<UserAccount>;
  /**
   * Saves general information and parameters at once (ACC-2, ACC-3, ACC-6), based on `input.version`:
   * a stale version rejects with `VERSION_CONFLICT` (409, ACC-7); a changed login id with rule ID-3.
   */
  updateMyAccount(input: UserAccountUpdate, options?: CallOptions): Promise<UserAccount>;
  /** Changes the password (ACC-4); a wrong current password rejects with rule ACC-4 on `motDePasseActuel`. */
  changePassword(input: PasswordChange, options?: CallOptions): Promise<void>;
  /** Changes the secret question and answer (ACC-5); the answer is never returned. */
  changeSecretQuestion(input: SecretQuestionChange, options?: CallOptions): Promise<UserAccount>;
}

/** The HTTP implementation of `AccountApi`. */
export const createAccountApi = (http: HttpTransport): AccountApi => ({
  getMyAccount: (options) =>
    http.request({ operationId: 'getMyAccount', method: 'GET', path: '/api/me', response: UserAccount }, options),
  completeFirstConnection: (input, options) =>
    http.request(
      {
        operationId: 'completeFirstConnection',
        method: 'POST',
        path: '/api/me/first-connection',
        body: input,
        version: input.version,
        response: UserAccount,
      },
      options,
    ),
  updateMyAccount: (input, options) =>
    http.request(
      {
        operationId: 'updateMyAccount',
        method: 'PUT',
        path: '/api/me',
        body: input,
        version: input.version,
        response: UserAccount,
      },
      options,
    ),
  changePassword: (input, options) =>
    http.request(
      { operationId: 'changePassword', method: 'POST', path: '/api/me/password', body: input, response: undefined },
      options,
    ),
  changeSecretQuestion: (input, options) =>
    http.request(
      {
        operationId: 'changeSecretQuestion',
        method: 'PUT',
        path: '/api/me/secret-question',
        body: input,
        response: UserAccount,
      },
      options,
    ),
});
