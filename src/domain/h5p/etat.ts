/**
 * Saved state of an H5P activity (what H5P calls "user data"): kept by us in the
 * browser, keyed by activity, and tied to a hash of the content so that a state
 * saved for an older version of the content is thrown away instead of breaking
 * the activity.
 */
export interface EtatH5P {
  readonly hash: string;
  readonly state: unknown;
}

export function etatKey(namespace: string, profil: string, activite: string): string {
  return `${namespace}/h5p/${profil}/${activite}`;
}

export function serialiserEtat(hash: string, state: unknown): string {
  return JSON.stringify({ hash, state } satisfies EtatH5P);
}

/**
 * The `contentUserData` option of h5p-standalone for a saved state — an array
 * `[{ state: '<JSON string>' }]` — or null when there is nothing valid to restore
 * (no state, unreadable, or saved for another version of the content).
 */
export function contentUserData(saved: string | null, hash: string): { state: string }[] | null {
  if (!saved) return null;
  try {
    const parsed = JSON.parse(saved) as Partial<EtatH5P>;
    if (parsed === null || typeof parsed !== 'object' || parsed.hash !== hash || parsed.state === undefined || parsed.state === null) return null;
    return [{ state: JSON.stringify(parsed.state) }];
  } catch {
    return null;
  }
}
