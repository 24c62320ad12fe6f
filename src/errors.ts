/**
 * Errors with stable codes that helpdesk staff can search (docs/error-codes.md).
 * Codes: HB-<AREA>-<NNN>. Each area lists its codes in its own `errors.ts`; README lists them all.
 */
export class HbError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code} ${message}`);
    this.name = 'HbError';
  }
}

export function isHbError(e: unknown): e is HbError {
  return e instanceof HbError;
}
