// Domain failures with stable dotted codes. The ONE place that maps a code to a CLI exit code and an HTTP status:
// adapters call exitCodeFor / httpStatusFor and never decide on their own.

export const ERROR_CODES = {
  'usage.invalid': { exit: 2, http: 400 },      // bad option, bad filter value, unknown format
  'request.invalid': { exit: 2, http: 400 },    // bad API query parameter
  'events.not_found': { exit: 1, http: 404 },
  'documents.not_found': { exit: 1, http: 404 },
  'route.not_found': { exit: 2, http: 404 },
  'auth.missing': { exit: 2, http: 401 },       // a write without `Authorization: Bearer <RIPOSTE_TOKEN>`
  'auth.forbidden': { exit: 2, http: 403 },     // a wrong token
  'auth.disabled': { exit: 2, http: 403 },      // writes are off: no RIPOSTE_TOKEN is configured
  'request.too_large': { exit: 2, http: 413 },  // an ingest body over the size limit
  'chains.not_available': { exit: 1, http: 501 }, // ledgers and chains are not built into this version yet
  'ingest.failed': { exit: 1, http: 500 },      // at least one document of a batch failed
  'store.failed': { exit: 1, http: 500 },       // the database could not be opened or written
  'internal.error': { exit: 1, http: 500 },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** Per-document failure codes of a batch: the readers' `input.*` plus these. */
export const DOCUMENT_FAILURE_CODES = {
  extract: 'extract.failed',
  store: 'store.save_failed',
} as const;

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'AppError';
  }
}

export function appError(code: ErrorCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, details);
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Anything thrown, as an AppError (unknown errors become internal.error, message kept). */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  return appError('internal.error', value instanceof Error ? value.message : String(value));
}

export function exitCodeFor(code: ErrorCode): number {
  return ERROR_CODES[code].exit;
}

export type HttpErrorStatus = (typeof ERROR_CODES)[ErrorCode]['http'];

export function httpStatusFor(code: ErrorCode): HttpErrorStatus {
  return ERROR_CODES[code].http;
}
