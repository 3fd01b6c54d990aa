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
  effacer(key: string): void {
    try {
      if (typeof localStorage !== 'undefined') localStorage.removeItem(key);
    } catch {
      // Storage refused: there is nothing this page could have written.
    }
  },
  /** Removes every key that starts with `prefix`. */
  effacerPrefixe(prefix: string): void {
    try {
      if (typeof localStorage === 'undefined') return;
      const cles: string[] = [];
      for (let i = 0; i < localStorage.length; i += 1) {
        const cle = localStorage.key(i);
        if (cle?.startsWith(prefix)) cles.push(cle);
      }
      for (const cle of cles) localStorage.removeItem(cle);
    } catch {
      // Storage refused: there is nothing this page could have written.
    }
  },
  /** Writes a value and reads it back: true only when it is stored as written. */
  retenir(key: string, value: string): boolean {
    return settings.set(key, value) && settings.get(key) === value;
  },
};
