import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Hashing of passwords and secret answers (ACC-4, ACC-5, DEA-3). PBKDF2-SHA256 from @noble/hashes:
 * synchronous (rules stay synchronous and transactional, unlike `crypto.subtle`) and identical in the
 * browser and Node. The iteration count is mock-grade; a real backend uses its own (argon2, bcrypt).
 */
const ITERATIONS = 2_000;

/** A fresh random salt (hex). */
export const newSalt = (): string => bytesToHex(randomBytes(16));

/** The hash of a secret under a salt (hex). */
export const hashSecret = (secret: string, salt: string): string =>
  bytesToHex(pbkdf2(sha256, secret, salt, { c: ITERATIONS, dkLen: 32 }));

/** Whether `secret` hashes to `hash` under `salt`, compared in constant time. */
export function verifySecret(secret: string, salt: string, hash: string): boolean {
  const candidate = hashSecret(secret, salt);
  let diff = candidate.length ^ hash.length;
  for (let i = 0; i < Math.min(candidate.length, hash.length); i += 1)
    diff |= candidate.charCodeAt(i) ^ hash.charCodeAt(i);
  return diff === 0;
}

/** A random token (hex) for single-use links and sessions. */
export const newToken = (): string => bytesToHex(randomBytes(24));

/** The hash of a token as stored (tokens are looked up by hash, never stored in clear). */
export const hashToken = (token: string): string => bytesToHex(sha256(utf8ToBytes(token)));

/** How a secret answer is compared: trimmed, case- and accent-insensitive. */
export const normaliseAnswer = (answer: string): string =>
  answer.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
