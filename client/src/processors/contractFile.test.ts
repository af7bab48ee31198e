import { describe, expect, it } from 'vitest';
import { checkContract, contractMaxBytes } from './contractFile.ts';

const file = (head: string, size: number) => new Blob([head, new Uint8Array(Math.max(0, size - head.length))]);

describe('checkContract', () => {
  it('takes a PDF up to 10 MB, by its first bytes', async () => {
    expect(await checkContract(file('%PDF-1.7\n', 2048))).toBeNull();
    expect(await checkContract(file('%PDF-1.4', contractMaxBytes))).toBeNull();
  });

  it('refuses another file named .pdf, an empty file and a 50 MB PDF', async () => {
    expect(await checkContract(file('PK\u0003\u0004', 2048))).toBe('type');
    expect(await checkContract(new Blob([]))).toBe('empty');
    expect(await checkContract(file('%PDF-1.7', 50 * 1024 * 1024))).toBe('size');
  });
});
