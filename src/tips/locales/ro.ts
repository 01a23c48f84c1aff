// Translation pending: stands in for the ro text until it is written.
import { EN } from './en.ts';
import type { LocaleText } from './types.ts';

export const RO: LocaleText = EN;
