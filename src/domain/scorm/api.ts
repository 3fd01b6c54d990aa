/**
 * SCORM 1.2 run-time, seen from the module (the SCO): finding the LMS's `API`
 * object and talking to it. Pure: the window and the API are passed in, so the
 * logic is tested without a browser and works without any LMS.
 *
 * API discovery (SCORM 1.2 RTE, §3.3): the LMS puts an object named `API` in a
 * window that is an ancestor of the SCO's window (a parent frame) or in the
 * window that opened it (a pop-up) — or one of that window's ancestors. The
 * search climbs `parent` links (at most 500 levels, as in ADL's sample code),
 * then tries `opener`. A cross-origin frame throws on access: it is skipped.
 */

export interface ApiScorm12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export interface Fenetre {
  readonly API?: unknown;
  readonly parent?: Fenetre | null;
  readonly opener?: Fenetre | null;
}

const METHODES = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

export function estApiScorm12(value: unknown): value is ApiScorm12 {
  return typeof value === 'object' && value !== null && METHODES.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}

function lire<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null; // cross-origin window
  }
}

function chercher(depart: Fenetre | null | undefined, max: number): ApiScorm12 | null {
  let win: Fenetre | null | undefined = depart;
  for (let i = 0; win && i <= max; i += 1) {
    const api = lire(() => win!.API);
    if (estApiScorm12(api)) return api;
    const parent = lire(() => win!.parent);
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's SCORM 1.2 API, or null (standalone use). */
export function trouverApi(win: Fenetre, options: { max?: number } = {}): ApiScorm12 | null {
  const max = options.max ?? 500;
  return chercher(win, max) ?? chercher(lire(() => win.opener), max);
}

/** Seconds as a SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function dureeScorm(seconds: number): string {
  const s = Math.round(Math.max(0, seconds) * 100) / 100;
  if (s >= 10000 * 3600) return '9999:59:59.99';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s - h * 3600 - m * 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${sec.toFixed(2).padStart(5, '0')}`;
}

export type Statut = 'passed' | 'failed' | 'completed' | 'incomplete' | 'browsed' | 'not attempted';

export interface Rapport {
  /** 0–100. */
  readonly score: number;
  readonly statut: Statut;
}

/**
 * A session with the LMS. Every call is guarded: a missing API or a failing LMS
 * never stops the module (standalone use works the same, without reporting).
 */
export class SessionScorm {
  private ouverte = false;
  readonly erreurs: string[] = [];

  constructor(private readonly api: ApiScorm12 | null) {}

  get connectee(): boolean {
    return this.api !== null && this.ouverte;
  }

  private appel(nom: string, f: (api: ApiScorm12) => string): string {
    if (!this.api) return '';
    try {
      const r = f(this.api);
      if (r === 'false') {
        const code = this.api.LMSGetLastError();
        this.erreurs.push(`${nom} : erreur ${code} ${this.api.LMSGetErrorString(code)}`);
      }
      return r;
    } catch (error) {
      this.erreurs.push(`${nom} : ${(error as Error).message}`);
      return '';
    }
  }

  /** LMSInitialize; returns the saved suspend_data ('' when none). */
  demarrer(): { suspension: string; statut: string } {
    if (!this.api) return { suspension: '', statut: '' };
    this.ouverte = this.appel('LMSInitialize', (a) => a.LMSInitialize('')) === 'true';
    if (!this.ouverte) return { suspension: '', statut: '' };
    const statut = this.appel('LMSGetValue', (a) => a.LMSGetValue('cmi.core.lesson_status'));
    if (statut === '' || statut === 'not attempted') this.valeur('cmi.core.lesson_status', 'incomplete');
    this.valeur('cmi.core.score.min', '0');
    this.valeur('cmi.core.score.max', '100');
    return { suspension: this.appel('LMSGetValue', (a) => a.LMSGetValue('cmi.suspend_data')), statut };
  }

  private valeur(element: string, value: string): void {
    this.appel(`LMSSetValue(${element})`, (a) => a.LMSSetValue(element, value));
  }

  /** Score, status and saved state, then LMSCommit. */
  rapporter(rapport: Rapport, suspension: string): void {
    if (!this.connectee) return;
    this.valeur('cmi.core.score.min', '0');
    this.valeur('cmi.core.score.max', '100');
    this.valeur('cmi.core.score.raw', String(Math.round(Math.max(0, Math.min(100, rapport.score)) * 100) / 100));
    this.valeur('cmi.core.lesson_status', rapport.statut);
    this.valeur('cmi.suspend_data', suspension);
    this.appel('LMSCommit', (a) => a.LMSCommit(''));
  }

  /** Session time, exit mode, LMSFinish. */
  terminer(secondes: number, fini: boolean): void {
    if (!this.connectee) return;
    this.valeur('cmi.core.session_time', dureeScorm(secondes));
    this.valeur('cmi.core.exit', fini ? '' : 'suspend');
    this.appel('LMSCommit', (a) => a.LMSCommit(''));
    this.appel('LMSFinish', (a) => a.LMSFinish(''));
    this.ouverte = false;
  }
}
