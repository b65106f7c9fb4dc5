// The API's one error mapping: anything thrown becomes {error: {code, message, details?}} with the status of its
// code (core/errors.ts). Unknown routes are route.not_found. Nothing here decides a status on its own.
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { appError, httpStatusFor, toAppError, type ErrorCode } from '../core/errors.ts';

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export function installErrorHandlers(app: Hono): void {
  app.onError((err, c) => {
    const error = toAppError(err);
    // Errors of our own code are logged; request errors are the client's business.
    if (error.code === 'internal.error') console.error(err);
    return c.json(errorBody(error.code, error.message, error.details), httpStatusFor(error.code) as ContentfulStatusCode);
  });
  app.notFound((c: Context) => c.json(errorBody('route.not_found', `no route ${c.req.method} ${c.req.path}`), 404));
}

/** A failed zod parse of request input as a request.invalid error (thrown, then mapped by onError). */
export function invalidRequest(what: string, error: z.ZodError): Error {
  const issues = error.issues.map((issue) => ({ field: issue.path.join('.') || `(${what})`, message: issue.message }));
  return appError('request.invalid', `invalid ${what} (${issues.map((i) => `${i.field}: ${i.message}`).join('; ')})`, issues);
}

/** Parses with a zod schema or throws request.invalid. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidRequest(what, parsed.error);
  return parsed.data;
}
