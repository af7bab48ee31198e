import { cleanPurposeRef, encodePurposeRef } from '@vigie/domain/purpose-ref';

/** The access purpose ("Motif d'accès") the staff member declares before reading personal data. */
export type PurposeChoice = { code: string; ref: string };


const storageKey = 'vigie.purpose';

export type PurposeStore = {
  get(): PurposeChoice | null;
  set(choice: PurposeChoice): void;
  /** Preselects a role's default purpose, unless the person already chose one in this session. */
  ensureDefault(code: string): void;
  clear(): void;
  headers(): Record<string, string>;
  subscribe(listener: () => void): () => void;
};

/** `storage` is sessionStorage in the browser: the choice lasts as long as the tab, no longer. */
export function createPurposeStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): PurposeStore {
  const listeners = new Set<() => void>();
  // useSyncExternalStore needs a stable snapshot: parse once per change, not once per render.
  let current = parse(storage.getItem(storageKey));

  const publish = (next: PurposeChoice | null) => {
    current = next;
    if (next) storage.setItem(storageKey, JSON.stringify(next));
    else storage.removeItem(storageKey);
    listeners.forEach((listener) => listener());
  };

  return {
    get: () => current,
    set: ({ code, ref }) => publish({ code, ref: cleanPurposeRef(ref) }),
    ensureDefault(code) {
      if (!current?.code) publish({ code, ref: current?.ref ?? '' });
    },
    clear: () => publish(null),
    headers() {
      if (!current?.code) return {};
      const headers: Record<string, string> = { 'x-vigie-purpose': current.code };
      if (current.ref) headers['x-vigie-purpose-ref'] = encodePurposeRef(current.ref);
      return headers;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function parse(raw: string | null): PurposeChoice | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { code, ref } = value as Record<string, unknown>;
    return typeof code === 'string' && code ? { code, ref: typeof ref === 'string' ? ref : '' } : null;
  } catch {
    return null;
  }
}
