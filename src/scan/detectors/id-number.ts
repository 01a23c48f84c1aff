/**
 * Government ID numbers. Formats with a check digit (SIN with Luhn, PPS, TFN, DNI/NIE, BSN) are
 * validated; formats without one (NI number, SSN, passport, driving licence, ID card) need their
 * distinctive shape or a label nearby ("NI no", "SSN", "Passport:", "Personalausweis").
 */
import { before, withContext } from '../context.ts';
import { bsnValid, dniValid, luhn, ppsValid, tfnValid } from '../checksums.ts';
import type { Candidate } from '../types.ts';

const NINO = /\b([A-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
/** Prefixes HMRC issues (QQ is the documentation example): others are likely something else. */
const NINO_PREFIX = /^(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z]$/;
const SSN = /\b(?!000|666)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b/g;
const NINE_DIGITS = /\b\d{3}[ -]?\d{3}[ -]?\d{3}\b/g;
const PPS = /\b\d{7}[A-W][A-IW]?\b/gi;
const DNI = /\b[XYZ]?\d{7,8}-?[A-Z]\b/g;
const UK_LICENCE = /\b[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}\b/g;
const ITALIAN_CF = /\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b/g;
const LABEL =
  /\b(?:passport|pass no|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e|dl|personalausweis|ausweis|reisepass|id card|national id|id|carte d'identit[ée]|cni|pasaporte|nie|dni|bsn|cpf|cnp|pesel|state id)(?=[\s:#.-])/gi;
const LABEL_TOKEN = /^[A-Z]{0,3}\d[\dA-Z]*(?:[ -]\d[\dA-Z]*)*/;

export function detectIdNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, score: number) => {
    if (!out.some((c) => c.start < end && start < c.end))
      out.push({ category: 'id_number', start, end, score });
  };
  const ctx = (start: number, end: number, base: number, words: RegExp) =>
    withContext(base, text, start, end, words, 40);
  for (const m of text.matchAll(UK_LICENCE)) add(m.index, m.index + m[0].length, 0.85);
  for (const m of text.matchAll(ITALIAN_CF)) add(m.index, m.index + m[0].length, 0.85);
  for (const m of text.matchAll(NINO)) {
    const base = NINO_PREFIX.test(m[1] ?? '') || m[1] === 'QQ' ? 0.6 : 0.35;
    add(
      m.index,
      m.index + m[0].length,
      ctx(m.index, m.index + m[0].length, base, /\b(ni|nino|national insurance|n\.i\.)\b/i),
    );
  }
  for (const m of text.matchAll(SSN)) {
    const score = ctx(
      m.index,
      m.index + m[0].length,
      m[1] === '-' ? 0.55 : 0.3,
      /\b(ssn|social security|social|ss#|ss no|itin|1099|w-?9)\b/i,
    );
    add(m.index, m.index + m[0].length, score);
  }
  for (const m of text.matchAll(NINE_DIGITS)) {
    const digits = m[0].replace(/\D/g, '');
    const end = m.index + m[0].length;
    const head = before(text, m.index, 40);
    if (luhn(digits) && /\b(sin|social insurance|nas)\b/.test(head)) add(m.index, end, 0.9);
    else if (tfnValid(digits) && /\b(tfn|tax file)\b/.test(head)) add(m.index, end, 0.9);
    else if (bsnValid(digits) && /\b(bsn|burgerservicenummer|sofinummer)\b/.test(head))
      add(m.index, end, 0.9);
  }
  for (const m of text.matchAll(PPS)) {
    if (ppsValid(m[0]))
      add(
        m.index,
        m.index + m[0].length,
        ctx(m.index, m.index + m[0].length, 0.6, /\b(pps|ppsn|personal public service)\b/i),
      );
  }
  for (const m of text.matchAll(DNI)) {
    if (dniValid(m[0]))
      add(
        m.index,
        m.index + m[0].length,
        ctx(m.index, m.index + m[0].length, 0.6, /\b(dni|nie|nif|documento)\b/i),
      );
  }
  // A labelled number: "Passport: 536012984", "Personalausweis-Nr. T22000129".
  for (const label of text.matchAll(LABEL)) {
    const from = label.index + label[0].length;
    const m = /^[\s:#.-]*(?:(?:no|nr|number|nummer|num|n[º°])\.?[\s:#.-]*)?(?:is\s+)?/i.exec(
      text.slice(from, from + 20),
    );
    const tokenStart = from + (m?.[0].length ?? 0);
    const token = LABEL_TOKEN.exec(text.slice(tokenStart, tokenStart + 24))?.[0];
    if (!token) continue;
    const bare = token.replace(/[ -]/g, '');
    if ((bare.match(/\d/g)?.length ?? 0) < 5 || bare.length > 16) continue;
    add(tokenStart, tokenStart + token.length, 0.8);
  }
  return out;
}
