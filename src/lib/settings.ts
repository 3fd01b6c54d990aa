/**
 * Small synchronous settings (active profile, list of profiles, display):
 * localStorage, failing softly. Apart from the stores (storage.ts), so that the
 * script every page loads does not carry the IndexedDB adapter.
 */
export const settings = {
  get(key: string): string | null {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      if (typeof localStorage === 'undefined') return false;
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  /** Writes a value and reads it back: true only when it is stored as written. */
  retenir(key: string, value: string): boolean {
    return settings.set(key, value) && settings.get(key) === value;
  },
};
