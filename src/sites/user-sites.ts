/**
 * Sites the user protects beyond the built-in list: the optional host permission covers the
 * pattern, and the same two content scripts are registered for it at run time
 * (`scripting.registerContentScripts`, persisted across restarts). Pure: computes what to
 * register; the background applies it.
 */
import { PLATFORM_MATCHES } from './index.ts';

export const USER_SCRIPT_IDS = { guard: 'veil-user-guard', hook: 'veil-user-hook' } as const;

export interface UserScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_start';
  allFrames: true;
  matchOriginAsFallback: true;
  persistAcrossSessions: true;
  world: 'ISOLATED' | 'MAIN';
}

/** Patterns worth registering: granted, and not already covered by the manifest. */
export function patternsToRegister(
  userSites: readonly string[],
  granted: readonly string[],
): string[] {
  const builtIn = new Set(PLATFORM_MATCHES);
  const ok = new Set(granted);
  return [...new Set(userSites)].filter((p) => !builtIn.has(p) && (ok.has(p) || ok.has('*://*/*')));
}

export function userScriptRegistrations(patterns: readonly string[]): UserScriptRegistration[] {
  if (patterns.length === 0) return [];
  const base = {
    matches: [...patterns],
    runAt: 'document_start' as const,
    allFrames: true as const,
    matchOriginAsFallback: true as const,
    persistAcrossSessions: true as const,
  };
  return [
    {
      ...base,
      id: USER_SCRIPT_IDS.guard,
      // The text guard shares the isolated registration: same sites, same world.
      js: ['content-scripts/upload-guard.js', 'content-scripts/text-guard.js'],
      world: 'ISOLATED',
    },
    { ...base, id: USER_SCRIPT_IDS.hook, js: ['content-scripts/upload-hook.js'], world: 'MAIN' },
  ];
}

/** `https://example.com/path` → `https://example.com/*` (the pattern asked for in the popup). */
export function patternForUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}
