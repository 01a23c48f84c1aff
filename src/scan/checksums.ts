/** Check-digit validators for identifiers (pure functions over digit strings). */

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 1 && sum % 10 === 0;
}

/** ISO 13616 IBAN: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

/** US ABA routing number: weights 3,7,1. */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...digits].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 10 === 0;
}

/** Australian Tax File Number: weights 1,4,3,7,5,8,6,9,10, mod 11. */
export function tfnValid(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const w = digits.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : [10, 7, 8, 4, 6, 3, 5, 1];
  return [...digits].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 11 === 0;
}

/** Irish PPS number: 7 digits, check letter, optional second letter (weight 9). */
export function ppsValid(pps: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW])?$/i.exec(pps.replace(/\s+/g, ''));
  if (!m) return false;
  const digits = m[1] ?? '';
  const base = [...digits].reduce((s, d, i) => s + Number(d) * (8 - i), 0);
  const second = m[3]?.toUpperCase();
  const letterFor = (sum: number) => (sum % 23 === 0 ? 'W' : String.fromCharCode(64 + (sum % 23)));
  const given = (m[2] ?? '').toUpperCase();
  // Newer numbers weigh the second letter by 9; older ones ("W", or examples in the wild) do not.
  const withSecond = second && second !== 'W' ? base + (second.charCodeAt(0) - 64) * 9 : base;
  return letterFor(withSecond) === given || letterFor(base) === given;
}

/** Spanish DNI/NIE letter: number mod 23 indexes a fixed table. */
export function dniValid(dni: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/i.exec(dni.replace(/[\s-]/g, ''));
  if (!m) return false;
  const prefix = { X: '0', Y: '1', Z: '2' }[(m[1] ?? '').toUpperCase() as 'X' | 'Y' | 'Z'] ?? '';
  const n = Number(prefix + (m[2] ?? ''));
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === (m[3] ?? '').toUpperCase();
}

/** Dutch BSN: the "11-proof" with weights 9..2 and -1. */
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0 && sum !== 0;
}
