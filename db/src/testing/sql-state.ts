/** The SQLSTATE and message a statement failed with (`none` when it succeeded), for guard tests. */
export async function sqlState(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      const code = (e as { code?: string }).code;
      if (code) return { code, message: (e as Error).message };
    }
    return { code: 'unknown', message: String(error) };
  }
  return { code: 'none', message: '' };
}
