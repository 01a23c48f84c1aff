import type { TipId } from '../catalog/index.ts';
import type { TipCategory, TipText } from '../schema.ts';

/**
 * One language's text: a label per category and a title and body per tip id. Typed as a full
 * `Record`, so a missing or misspelt id fails `tsc` before it reaches the tests.
 */
export interface LocaleText {
  readonly categories: Readonly<Record<TipCategory, string>>;
  readonly tips: Readonly<Record<TipId, TipText>>;
}
