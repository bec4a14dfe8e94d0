import { describe, expect, it } from 'vitest';
import { isLoadedFor, loadedFor } from '../../src/elements/shared/render-refreshing.js';

describe('what a task result was loaded for (X-7: a refresh keeps only the same subject on screen)', () => {
  const client = {};
  const otherClient = {};

  it('X-7: a result is about the client and structure it was noted with, and about no other', () => {
    const rows = loadedFor([{ id: 1 }], client, 42);
    expect(isLoadedFor(rows, client, 42)).toBe(true);
    expect(isLoadedFor(rows, otherClient, 42), 'another user').toBe(false);
    expect(isLoadedFor(rows, client, 43), 'another structure').toBe(false);
    expect(isLoadedFor(rows, client), 'a subject of another shape').toBe(false);
    expect(isLoadedFor(rows, client, 42, 7), 'a subject of another shape').toBe(false);
  });

  it('X-7: a result never noted, or none, is about nothing (a first load shows the loading status)', () => {
    expect(isLoadedFor({ rows: [] }, client)).toBe(false);
    expect(isLoadedFor(undefined, client)).toBe(false);
    expect(isLoadedFor(undefined)).toBe(false);
  });

  it('X-7: noting returns the result itself, and a subject left undefined is compared too', () => {
    const result = { rows: [] };
    expect(loadedFor(result, client, undefined)).toBe(result);
    expect(isLoadedFor(result, client, undefined)).toBe(true);
    expect(isLoadedFor(result, client, 1)).toBe(false);
  });
});
