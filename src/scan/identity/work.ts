/**
 * The declared work identity (work name, phone, email, handles, links) is never flagged, also
 * when reformatted or disguised: phones are compared by their national significant number,
 * emails after undoing "(at)"/"[dot]", handles and links without case, "@", dots or scheme.
 */
import { readPhone } from '../detectors/phone.ts';
import { canonicalEmail } from '../detectors/email.ts';
import { canonicalUrl } from '../detectors/url.ts';
import type { Candidate } from '../types.ts';

export interface WorkIdentity {
  phones: Set<string>;
  emails: Set<string>;
  handles: Set<string>;
  urls: Set<string>;
}

const handleKey = (s: string) => s.toLowerCase().replace(/^[@$]/, '').replace(/[._-]/g, '');
/** Numbers match on their last nine digits: enough to ignore +44 / 0 / (0) prefixes. */
const phoneKey = (digits: string) => digits.slice(-9);

export function buildWorkIdentity(work: readonly string[], region: string): WorkIdentity {
  const id: WorkIdentity = {
    phones: new Set(),
    emails: new Set(),
    handles: new Set(),
    urls: new Set(),
  };
  for (const raw of work) {
    const entry = raw.trim();
    const digits = entry.replace(/\D/g, '');
    if (/@.+\.|\(at\)|\[at\]/i.test(entry) && !entry.startsWith('@')) {
      id.emails.add(canonicalEmail(entry));
    } else if (digits.length >= 7 && !/[a-z]{3}/i.test(entry)) {
      const reading = readPhone(digits, entry.startsWith('+'), region);
      id.phones.add(phoneKey(reading?.nsn ?? digits));
      id.phones.add(phoneKey(digits));
    } else if (/\.[a-z]{2,}/i.test(entry) && !/\s/.test(entry)) {
      const url = canonicalUrl(entry);
      id.urls.add(url);
      const last = url.split('/').pop();
      if (last && url.includes('/')) id.handles.add(handleKey(last));
    } else {
      id.handles.add(handleKey(entry.replace(/\s+/g, '')));
    }
  }
  return id;
}

export function isWork(c: Candidate, id: WorkIdentity, text: string): boolean {
  const value = c.value ?? text.slice(c.start, c.end);
  switch (c.category) {
    case 'phone':
      return id.phones.has(phoneKey(value));
    case 'email':
      return id.emails.has(value);
    case 'payment_handle':
      return id.emails.has(value) || id.handles.has(handleKey(value));
    case 'social_handle':
      return id.handles.has(handleKey(value));
    case 'url': {
      if (id.urls.has(value)) return true;
      for (const url of id.urls)
        if (value.startsWith(`${url}/`) || url.startsWith(`${value}/`)) return true;
      const last = value.split('/').pop();
      return (
        value.includes('/') &&
        last !== undefined &&
        id.handles.has(handleKey(last.replace(/^@/, '')))
      );
    }
    default:
      return false;
  }
}
