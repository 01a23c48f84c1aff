// Translation pending: stands in for the pt text until it is written.
import { EN } from './en.ts';
import type { LocaleText } from './types.ts';

export const PT: LocaleText = EN;
