import * as z from 'zod/mini';

/** Largest page a list call returns; larger `pageSize` values are refused (400). */
export const MAX_PAGE_SIZE = 500;

/**
 * Query of every list call: 1-based page, page size, sort column (the resource's own field name)
 * and direction. One shape for every list (the API's per-endpoint pagination names normalised).
 */
export const PageQuery = z.object({
  page: z._default(z.int().check(z.minimum(1)), 1),
  pageSize: z._default(z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE)), 20),
  sort: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  order: z._default(z.enum(['asc', 'desc']), 'asc'),
});
export type PageQuery = z.infer<typeof PageQuery>;
/** What a caller may pass: every field optional. */
export type PageQueryInput = z.input<typeof PageQuery>;

/** Builds the page envelope schema of a list of items: `{items, total, page, pageSize}`. */
export const pageOf = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.int().check(z.nonnegative()),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });

/** A page of items of type T. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
