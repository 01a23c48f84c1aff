/**
 * Versioned migrations for the settings item. WXT storage runs `SETTINGS_MIGRATIONS[n]` for
 * every version n above the stored one, then `parseSettings` repairs whatever is left. Version 1
 * is the first released shape, so there is no step yet: a change to the stored shape bumps
 * `SETTINGS_VERSION` and adds the step that turns version n-1 into version n here.
 */
export const SETTINGS_VERSION = 1;

export type Migration = (old: unknown) => unknown;

export const SETTINGS_MIGRATIONS: Record<number, Migration> = {};

/** Run the steps from `fromVersion` up to `toVersion`, as WXT storage does (tests, imports). */
export function migrateSettings(
  value: unknown,
  fromVersion: number,
  migrations: Record<number, Migration> = SETTINGS_MIGRATIONS,
  toVersion = SETTINGS_VERSION,
): unknown {
  let current = value;
  for (let v = fromVersion + 1; v <= toVersion; v++) {
    const step = migrations[v];
    if (step) current = step(current);
  }
  return current;
}
