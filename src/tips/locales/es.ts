// Translation pending: stands in for the es text until it is written.
import { EN } from './en.ts';
import type { LocaleText } from './types.ts';

export const ES: LocaleText = EN;
