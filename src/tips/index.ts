/**
 * Veil's safety tips: data, validation, selection and search. Pure TypeScript, no browser
 * APIs. See docs/TIPS.md for how tips are written, sourced and selected.
 */
export { CATALOG, type TipId } from './catalog/index.ts';
export type { LocaleText } from './locales/types.ts';
export { categoryMessageName, tipMessageName, tipMessages, type I18nMessage } from './messages.ts';
export {
  DEFAULT_LOCALE,
  FINDING_CATEGORIES,
  FILE_KINDS,
  LOCALES,
  MAX_BODY_WORDS,
  PAGE_KINDS,
  TIP_CATEGORIES,
  TIP_EVENTS,
  countWords,
  isTipContext,
  type FileKind,
  type FindingCategory,
  type Locale,
  type PageKind,
  type Source,
  type Tip,
  type TipCategory,
  type TipContext,
  type TipEvent,
  type TipMeta,
  type TipText,
} from './schema.ts';
export { tipSchema } from './schema-zod.ts';
export { searchTips } from './search.ts';
export {
  DEFAULT_LIMIT,
  TRIGGER_WEIGHTS,
  activeTriggers,
  selectTips,
  type SelectOptions,
  type SelectedTip,
  type TipActivity,
  type TipSelectionContext,
} from './select.ts';
export { SOURCES, type SourceKey } from './sources.ts';
export {
  LOCALE_TEXTS,
  categoryLabel,
  getTip,
  getTips,
  isTipId,
  resolveLocale,
  tipSources,
} from './tips.ts';
export { assertValidTips, validateTips, type TipData, type TipValidation } from './validate.ts';
