import { describe, expect, it, vi } from 'vitest';
import { createPurposeStore } from './purposeStore.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('purpose store', () => {
  it('sends no purpose header before a purpose is chosen', () => {
    expect(createPurposeStore(memoryStorage()).headers()).toEqual({});
  });

  it('sends the code and the reference once both are set', () => {
    const store = createPurposeStore(memoryStorage());
    store.set({ code: 'dsr', ref: 'TICKET-42' });
    expect(store.headers()).toEqual({ 'x-vigie-purpose': 'dsr', 'x-vigie-purpose-ref': 'TICKET-42' });
  });

  it('omits the reference header when the reference is empty or blank', () => {
    const store = createPurposeStore(memoryStorage());
    store.set({ code: 'dsr', ref: '   ' });
    expect(store.headers()).toEqual({ 'x-vigie-purpose': 'dsr' });
  });

  it('remembers the choice for the session: a new page load over the same storage reads it back', () => {
    const storage = memoryStorage();
    createPurposeStore(storage).set({ code: 'quality', ref: 'Q-7' });
    expect(createPurposeStore(storage).get()).toEqual({ code: 'quality', ref: 'Q-7' });
  });

  it("preselects the role's default only when nothing was chosen", () => {
    const store = createPurposeStore(memoryStorage());
    store.ensureDefault('administration');
    expect(store.get()?.code).toBe('administration');
    store.set({ code: 'dsr', ref: '' });
    store.ensureDefault('administration');
    expect(store.get()?.code).toBe('dsr');
  });

  it('forgets the choice on clear, in memory and in storage', () => {
    const storage = memoryStorage();
    const store = createPurposeStore(storage);
    store.set({ code: 'dsr', ref: 'X' });
    store.clear();
    expect(store.headers()).toEqual({});
    expect(createPurposeStore(storage).get()).toBeNull();
  });

  it('keeps the reference as typed, accents included, in a header-safe encoding', () => {
    const store = createPurposeStore(memoryStorage());
    store.set({ code: 'dsr', ref: 'Réclamation\r\nn°12 ' });
    expect(store.get()?.ref).toBe('Réclamationn°12');
    const ref = store.headers()['x-vigie-purpose-ref'] ?? '';
    expect(ref).toMatch(/^[\x21-\x7E]+$/);
    expect(decodeURIComponent(ref)).toBe('Réclamationn°12');
  });

  it('ignores a corrupt stored value instead of failing the page', () => {
    const storage = memoryStorage();
    storage.setItem('vigie.purpose', '{not json');
    expect(createPurposeStore(storage).headers()).toEqual({});
  });

  it('tells subscribers when the choice changes', () => {
    const store = createPurposeStore(memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ code: 'dsr', ref: '' });
    unsubscribe();
    store.set({ code: 'quality', ref: '' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
