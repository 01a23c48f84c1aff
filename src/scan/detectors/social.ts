/**
 * Usernames on named platforms and messengers: "snap: xyz", "sc 👻 xyz", "insta xyz",
 * "tg: @xyz", "twitch as xyz", "u/xyz", and bare "@name" handles. A name after a platform word
 * counts only when it looks like a handle (digits, dots, underscores, an @, or not an everyday
 * word), so "premium snap using my pics" is not a finding.
 */
import { before, withContext } from '../context.ts';
import { COMMON_WORDS } from '../lexicon/words.ts';
import type { Candidate } from '../types.ts';

const CLEAR_CUES =
  'instagram|insta|snapchat|snap|tiktok|tik tok|twitter|telegram|tg|signal|kik|discord|twitch|reddit|threads|bluesky|bsky|wickr|wechat|skype|youtube|facebook|pinterest|tumblr|mastodon|onlyfans|fansly|linktree|whatsapp|viber|ig|sc|fb|yt';
/** Cues that are also everyday words or letters: the handle must carry an @ or follow a colon. */
const WEAK_CUES = 'x|of|line|session|tt|tw|threema|kik';
const FILLER = String.raw`(?:\s*(?:[:\-–=>|/]|\p{Extended_Pictographic}|\uFE0F|\bme\b|\bon\b|\bis\b|\bat\b|\bas\b|\badd\b|\bhandle\b|\busername\b|\bname\b|\bmy\b|\bid\b|\bit's\b|\bits\b|\bunder\b)\s*)*\s*`;
const HANDLE = String.raw`(@?[\p{L}\d_](?:[\p{L}\d_.-]{0,28}[\p{L}\d_])?)`;
const CUED = new RegExp(String.raw`\b(${CLEAR_CUES}|${WEAK_CUES})\b(${FILLER})${HANDLE}`, 'giu');
const BARE_AT = /(?<![\w@.$/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/g;
const REDDIT_USER = /(?<![\w/])u\/[A-Za-z0-9_-]{3,20}/g;
const SOCIAL_WORDS =
  /\b(follow|insta|instagram|ig|twitter|tiktok|snap|tg|telegram|my main|find me|add me|dm)\b/;
const PAYMENT_CUES = /\b(venmo|revolut|wise|cash ?app|chime|zelle|paypal|monzo|skrill|bizum)\b/;
const PLATFORM_WORDS = new Set(CLEAR_CUES.split('|').concat(WEAK_CUES.split('|')));

function handleLike(handle: string): boolean {
  const bare = handle.replace(/^@/, '');
  if (bare.length < 3) return false;
  if (!/\p{L}/u.test(bare)) return false;
  if (/^\d+(am|pm|k)?$/i.test(bare)) return false;
  return true;
}

export function detectSocialHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CUED)) {
    const cue = (m[1] ?? '').toLowerCase();
    const filler = m[2] ?? '';
    const handle = m[3] ?? '';
    const bare = handle.replace(/^@/, '').toLowerCase();
    if (!handleLike(handle) || PLATFORM_WORDS.has(bare)) continue;
    const marked = handle.startsWith('@') || filler.includes(':');
    const odd = /[\d_.]/.test(bare) || marked;
    // An everyday word after a platform name ("Signal preferred", "snap only") is not a handle.
    if (!marked && (COMMON_WORDS.has(bare) || /^[a-z]+(ed|ing|ly|tion|ness|able|ment)$/.test(bare)))
      continue;
    if (WEAK_CUES.split('|').includes(cue) && !marked) continue;
    if (!odd && cue.length <= 2 && !/\p{Extended_Pictographic}/u.test(filler)) continue;
    const start = (m.index ?? 0) + m[0].length - handle.length;
    out.push({
      category: 'social_handle',
      start,
      end: start + handle.length,
      score: 0.8,
      value: bare,
    });
  }
  for (const m of text.matchAll(BARE_AT)) {
    const start = m.index ?? 0;
    if (!handleLike(m[0]) || out.some((c) => c.start === start)) continue;
    if (PAYMENT_CUES.test(before(text, start, 30))) continue;
    const score = withContext(0.6, text, start, start + m[0].length, SOCIAL_WORDS, 30);
    out.push({
      category: 'social_handle',
      start,
      end: start + m[0].length,
      score,
      value: m[0].slice(1).toLowerCase(),
    });
  }
  for (const m of text.matchAll(REDDIT_USER)) {
    const start = m.index ?? 0;
    out.push({
      category: 'social_handle',
      start,
      end: start + m[0].length,
      score: 0.75,
      value: m[0].slice(2).toLowerCase(),
    });
  }
  return out;
}
