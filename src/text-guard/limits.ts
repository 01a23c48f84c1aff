/** Longest text one 'scanText' message may carry (a long advert is a few thousand characters). */
export const MAX_SCAN_TEXT = 20_000;
