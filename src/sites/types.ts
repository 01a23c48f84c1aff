/** One platform Veil protects from install: where it lives, and what we know about its uploads. */
export interface Site {
  /** Stable id, also the file name in `platforms/`. */
  id: string;
  name: string;
  /** Registrable domains; every subdomain is protected too. */
  domains: readonly string[];
  /** What a developer should know about how this platform takes uploads (plain text). */
  notes: string;
}
