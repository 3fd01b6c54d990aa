/**
 * Optional forwarding of the learning record to an LRS (Learning Record Store).
 *
 * Statements recorded by the journal are queued; the queue is sent in batches
 * (POST <endpoint>/statements, xAPI 1.0.3, Basic authentication with the
 * write-only key). Rules:
 * - the queue is persisted (KeyValueStore, same style as the journal): it
 *   survives a reload and an offline period;
 * - no duplicate: a statement keeps its id forever, a retry sends the same ids
 *   (an LRS stores one statement per id), a statement is queued once;
 * - retry with exponential backoff after a network error, 429 or 5xx
 *   (2 s, 4 s, 8 s… at most 10 min, `Retry-After` respected); offline, nothing
 *   is tried until the browser is back online;
 * - 401/403: the key is refused, sending stops until the settings change;
 *   400/409: the batch is set aside (counted, shown), the rest goes on.
 * Stored shapes:
 *   config: { "version": 1, "endpoint": "https://…/", "cle": "<key>" }
 *   file:   { "version": 1, "statements": [ <stored statement>, … ] }
 * Nothing touches storage before `ouvrir()`. Pure: storage, network, timers
 * and the clock are passed in.
 */
import type { Statement } from '../journal/statement';
import type { KeyValueStore } from '../journal/document';
import { fullStatement, XAPI_VERSION, type Catalogue } from './export';
import { verifierEndpoint } from './origines';

export interface ConfigLrs {
  readonly endpoint: string;
  readonly cle: string;
}

export type EtatTransfert = 'inactif' | 'a-jour' | 'en-attente' | 'envoi' | 'hors-ligne' | 'nouvel-essai' | 'refuse';

export interface StatutTransfert {
  readonly etat: EtatTransfert;
  readonly enAttente: number;
  readonly envoyees: number;
  readonly misesDeCote: number;
  readonly dernierEnvoi: string | null;
  readonly prochainEssai: string | null;
  readonly message: string;
  readonly configure: boolean;
  readonly endpoint: string | null;
}

export interface ReponseHttp {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
}

export interface Dependances {
  readonly kv: KeyValueStore | null;
  readonly cles: { readonly file: string; readonly config: string };
  readonly origines: readonly string[];
  fetch(url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }): Promise<ReponseHttp>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): Date;
  enLigne(): boolean;
  catalogue(): Promise<Catalogue>;
}

export const LOT = 25;
export const DELAI_BASE = 2000;
export const DELAI_MAX = 10 * 60 * 1000;
export const FILE_MAX = 5000;

/** Backoff before try n (0-based): 2 s, 4 s, 8 s… capped at 10 min. */
export function delai(essai: number, retryAfter: string | null = null): number {
  const base = Math.min(DELAI_MAX, DELAI_BASE * 2 ** Math.min(essai, 20));
  const after = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : 0;
  return Math.min(DELAI_MAX, Math.max(base, after));
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += chars[(n >> 18) & 63]! + chars[(n >> 12) & 63]! + (i + 1 < bytes.length ? chars[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? chars[n & 63]! : '=');
  }
  return out;
}

/** The Authorization header of a key: « identifiant:secret » (Basic), or an already encoded token. */
export function authorization(cle: string): string {
  const k = cle.trim();
  if (/^basic\s/i.test(k)) return `Basic ${k.replace(/^basic\s+/i, '')}`;
  return k.includes(':') ? `Basic ${base64(k)}` : `Basic ${k}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class TransfertLrs {
  private config: ConfigLrs | null = null;
  private file: Statement[] = [];
  private essai = 0;
  private timer: unknown = null;
  private enCours: Promise<void> | null = null;
  private relancer = false;
  private statutValue: StatutTransfert;
  private readonly listeners = new Set<() => void>();
  private envoyees = 0;
  private misesDeCote = 0;
  private dernierEnvoi: string | null = null;
  private prochainEssai: string | null = null;
  private etat: EtatTransfert = 'inactif';
  private message = '';

  private constructor(private readonly deps: Dependances) {
    this.statutValue = this.calculer();
  }

  /** Reads the settings and the queue (the only storage access), then sends what waits. */
  static async ouvrir(deps: Dependances): Promise<TransfertLrs> {
    const t = new TransfertLrs(deps);
    if (deps.kv) {
      try {
        const config = JSON.parse((await deps.kv.get(deps.cles.config)) ?? 'null') as unknown;
        if (isObj(config) && typeof config.endpoint === 'string' && typeof config.cle === 'string' && verifierEndpoint(config.endpoint, deps.origines).ok) {
          t.config = { endpoint: config.endpoint, cle: config.cle };
        }
        const file = JSON.parse((await deps.kv.get(deps.cles.file)) ?? 'null') as unknown;
        if (isObj(file) && Array.isArray(file.statements)) t.file = file.statements.filter((s): s is Statement => isObj(s) && typeof s.id === 'string');
      } catch {
        // unreadable settings or queue: start empty (the journal keeps every statement)
      }
    }
    t.majEtat();
    if (t.config && t.file.length > 0) void t.envoyer();
    return t;
  }

  get statut(): StatutTransfert {
    return this.statutValue;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves (or, with null, removes) the LRS settings. The endpoint's origin must be allowed. */
  async configurer(config: ConfigLrs | null): Promise<{ ok: true } | { ok: false; raison: string }> {
    if (config === null) {
      this.config = null;
      this.file = [];
      this.annulerMinuteur();
      await this.persister();
      await this.deps.kv?.delete(this.deps.cles.config).catch(() => undefined);
      this.etat = 'inactif';
      this.message = '';
      this.majEtat();
      return { ok: true };
    }
    const check = verifierEndpoint(config.endpoint, this.deps.origines);
    if (!check.ok) return check;
    if (config.cle.trim() === '') return { ok: false, raison: "La clé d'écriture est vide." };
    this.config = { endpoint: check.endpoint, cle: config.cle.trim() };
    this.essai = 0;
    this.etat = 'a-jour';
    this.message = '';
    try {
      await this.deps.kv?.set(this.deps.cles.config, JSON.stringify({ version: 1, ...this.config }));
    } catch {
      return { ok: false, raison: "Le navigateur refuse d'enregistrer les réglages (stockage plein ou désactivé)." };
    }
    this.majEtat();
    void this.envoyer();
    return { ok: true };
  }

  /** Queues new statements (ignored when no LRS is set; each id once). */
  async ajouter(statements: readonly Statement[]): Promise<void> {
    if (!this.config || statements.length === 0) return;
    const known = new Set(this.file.map((s) => s.id));
    const fresh = statements.filter((s) => !known.has(s.id));
    if (fresh.length === 0) return;
    this.file = [...this.file, ...fresh];
    if (this.file.length > FILE_MAX) {
      this.misesDeCote += this.file.length - FILE_MAX;
      this.file = this.file.slice(this.file.length - FILE_MAX);
    }
    await this.persister();
    this.majEtat();
    if (this.timer === null) void this.envoyer();
  }

  /** Sends the queue now (single flight; a call during a send is run after it). */
  envoyer(): Promise<void> {
    if (this.enCours) {
      this.relancer = true;
      return this.enCours;
    }
    this.annulerMinuteur();
    this.enCours = this.boucle().finally(() => {
      this.enCours = null;
      // Statements added during a send go now, unless a retry is scheduled (backoff) or sending is stopped.
      const attente = this.etat === 'nouvel-essai' || this.etat === 'refuse' || this.etat === 'hors-ligne';
      if (this.relancer && attente) this.relancer = false;
      if (this.relancer) {
        this.relancer = false;
        void this.envoyer();
      }
    });
    return this.enCours;
  }

  private async boucle(): Promise<void> {
    while (this.config && this.file.length > 0) {
      if (!this.deps.enLigne()) {
        this.etat = 'hors-ligne';
        this.message = 'Hors ligne : vos réponses attendent le retour de la connexion.';
        this.majEtat();
        return;
      }
      if (this.etat === 'refuse') return;
      const lot = this.file.slice(0, LOT);
      this.etat = 'envoi';
      this.majEtat();
      let catalogue: Catalogue = {};
      try {
        catalogue = await this.deps.catalogue();
      } catch {
        // definitions are optional: statements stay valid without them
      }
      let reponse: ReponseHttp | null;
      try {
        reponse = await this.deps.fetch(`${this.config.endpoint}statements`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization(this.config.cle) },
          body: JSON.stringify(lot.map((s) => fullStatement(s, catalogue))),
        });
      } catch {
        reponse = null;
      }
      const ids = new Set(lot.map((s) => s.id));
      const status = reponse?.status ?? 0;
      if (status >= 200 && status < 300) {
        this.file = this.file.filter((s) => !ids.has(s.id));
        this.envoyees += lot.length;
        this.essai = 0;
        this.dernierEnvoi = this.deps.now().toISOString();
        this.prochainEssai = null;
        this.etat = this.file.length > 0 ? 'envoi' : 'a-jour';
        this.message = '';
        await this.persister();
        this.majEtat();
        continue;
      }
      if (status === 401 || status === 403) {
        this.etat = 'refuse';
        this.message = `La plateforme de suivi refuse la clé d'écriture (HTTP ${status}) : vérifiez-la dans les réglages. Vos réponses restent en attente.`;
        this.majEtat();
        return;
      }
      if (status === 400 || status === 409 || status === 413) {
        this.file = this.file.filter((s) => !ids.has(s.id));
        this.misesDeCote += lot.length;
        this.message = `La plateforme de suivi a refusé ${lot.length} réponse(s) enregistrée(s) (HTTP ${status}) : elles restent dans ce navigateur, mais ne lui sont plus proposées.`;
        await this.persister();
        this.majEtat();
        continue;
      }
      // Network error, 429, 5xx…: try again later with the same statements (same ids).
      const attente = delai(this.essai, reponse?.headers.get('Retry-After') ?? null);
      this.essai += 1;
      this.etat = 'nouvel-essai';
      this.prochainEssai = new Date(this.deps.now().getTime() + attente).toISOString();
      this.message = status === 0 ? 'La plateforme de suivi ne répond pas : nouvel essai automatique.' : `La plateforme de suivi est indisponible (HTTP ${status}) : nouvel essai automatique.`;
      this.timer = this.deps.setTimeout(() => {
        this.timer = null;
        void this.envoyer();
      }, attente);
      this.majEtat();
      return;
    }
    if (this.config && this.file.length === 0 && this.etat !== 'refuse') {
      this.etat = 'a-jour';
      this.majEtat();
    }
  }

  /** The browser is back online: send what waits. */
  enLigne(): void {
    if (this.etat === 'hors-ligne' || this.etat === 'nouvel-essai') {
      this.essai = 0;
      void this.envoyer();
    }
  }

  private annulerMinuteur(): void {
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
  }

  private async persister(): Promise<void> {
    if (!this.deps.kv) return;
    try {
      await this.deps.kv.set(this.deps.cles.file, JSON.stringify({ version: 1, statements: this.file }));
    } catch {
      this.message = "La file d'envoi n'a pas pu être enregistrée : elle sera perdue si la page est fermée (votre journal, lui, est intact).";
    }
  }

  private calculer(): StatutTransfert {
    return {
      etat: this.config ? this.etat : 'inactif',
      enAttente: this.file.length,
      envoyees: this.envoyees,
      misesDeCote: this.misesDeCote,
      dernierEnvoi: this.dernierEnvoi,
      prochainEssai: this.prochainEssai,
      message: this.message,
      configure: this.config !== null,
      endpoint: this.config?.endpoint ?? null,
    };
  }

  private majEtat(): void {
    if (this.config && this.etat === 'inactif') this.etat = this.file.length > 0 ? 'en-attente' : 'a-jour';
    this.statutValue = this.calculer();
    for (const l of this.listeners) l();
  }
}
