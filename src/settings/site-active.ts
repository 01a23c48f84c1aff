/**
 * Is the upload guard active on a host? Kept apart from schema.ts (zod) so the popup and the
 * options page can ask without bundling zod.
 */
export function guardActiveOn(
  settings: { readonly enabled: boolean; readonly pausedSites: readonly string[] },
  hostname: string,
): boolean {
  if (!settings.enabled) return false;
  const host = hostname.toLowerCase();
  return !settings.pausedSites.some((paused) => host === paused || host.endsWith(`.${paused}`));
}
