/**
 * The zod schemas for tips (schema.ts has the shapes and the vocabulary). Only the validator,
 * the build and the tests use them, so the popup, which only selects tips, stays free of zod.
 */
import { z } from 'zod';
import {
  countWords,
  isTipContext,
  KEBAB,
  LOCALES,
  MAX_BODY_WORDS,
  MAX_TITLE_CHARS,
  TIP_CATEGORIES,
} from './schema.ts';

export const tipContextSchema = z
  .string()
  .refine(isTipContext, { message: 'unknown trigger (see TipContext in src/tips/schema.ts)' });

export const tipMetaSchema = z.strictObject({
  /** Stable, kebab-case; dismissals are stored by id, so never rename one. */
  id: z.string().regex(KEBAB, 'id must be kebab-case'),
  category: z.enum(TIP_CATEGORIES),
  /** Any of these makes the tip relevant; each match adds to its score (select.ts). */
  contexts: z.array(tipContextSchema).min(1),
  /** When present, the tip is only eligible if at least one of these is active. */
  requires: z.array(tipContextSchema).min(1).optional(),
  /** Keys into SOURCES (sources.ts). */
  sources: z.array(z.string()).min(1),
  /** 1 (rarely needed) to 5 (show first); breaks ties between equally relevant tips. */
  priority: z.number().int().min(1).max(5),
  /** Suitable when nothing specific is known: the fallback pool. */
  general: z.boolean().optional(),
  /** Holds a phone number, opening hours, a date or a legal detail to re-check before release. */
  checkBeforeRelease: z.boolean().optional(),
});

export const tipTextSchema = z.strictObject({
  title: z.string().trim().min(3).max(MAX_TITLE_CHARS),
  body: z
    .string()
    .trim()
    .min(20)
    .refine((body) => countWords(body) <= MAX_BODY_WORDS, {
      message: `body must be at most ${MAX_BODY_WORDS} words`,
    }),
});

export const sourceSchema = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https?$/ }),
  /** primary: the organisation's, platform's or paper's own page; secondary: reporting on it. */
  kind: z.enum(['primary', 'secondary', 'vendor']),
});

export const tipSchema = tipMetaSchema.extend({
  locale: z.enum(LOCALES),
  title: tipTextSchema.shape.title,
  body: tipTextSchema.shape.body,
});
