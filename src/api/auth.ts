// Writes (ingest, review) need `Authorization: Bearer <RIPOSTE_TOKEN>`. No token configured: writes are disabled
// (auth.disabled, 403). No or malformed header: auth.missing (401). Wrong token: auth.forbidden (403).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { appError } from '../core/errors.ts';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) throw appError('auth.disabled', 'writes are disabled: set RIPOSTE_TOKEN on the server to enable them');
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer realm="riposte"');
      throw appError('auth.missing', 'this request needs the header Authorization: Bearer <RIPOSTE_TOKEN>');
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) throw appError('auth.forbidden', 'the bearer token is not valid');
    await next();
  };
}
