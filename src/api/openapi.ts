// GET /api/openapi.json: OpenAPI 3.1 for every route. Request schemas come from the same zod schemas the routes
// validate with (z.toJSONSchema), so the document cannot drift from what is accepted.
import { z } from 'zod';
import { ERROR_CODES } from '../core/errors.ts';
import { eventQuerySchema } from '../core/events.usecase.ts';
import { reviewInputSchema } from '../core/review.usecase.ts';

type Json = Record<string, unknown>;

const errorSchema: Json = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', enum: Object.keys(ERROR_CODES) }, message: { type: 'string' }, details: {} },
    },
  },
};

const errorRef = { $ref: '#/components/schemas/Error' };

function errors(...statuses: number[]): Json {
  return Object.fromEntries(statuses.map((s) => [String(s), { description: 'error', content: { 'application/json': { schema: errorRef } } }]));
}

function ok(description: string): Json {
  return { '200': { description, content: { 'application/json': { schema: { type: 'object' } } } } };
}

function queryParameters(): Json[] {
  const schema = z.toJSONSchema(eventQuerySchema, { io: 'input' }) as { properties: Record<string, Json> };
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

const pathParam = (name: string, pattern: string): Json => ({ name, in: 'path', required: true, schema: { type: 'string', pattern } });
const PAIR = pathParam('pair', '^[A-Za-z]{2,8}-[A-Za-z]{2,8}$');
const EVENT = pathParam('id', '^evt_[0-9a-f]{16}$');
const bearer = [{ bearer: [] }];

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'riposte API', version: '0.1.0', description: 'Coded diplomatic tit-for-tat events, pairs, ledgers and claims.' },
    components: {
      schemas: { Error: errorSchema, ReviewInput: z.toJSONSchema(reviewInputSchema, { io: 'input' }) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'RIPOSTE_TOKEN of the server' } },
    },
    paths: {
      '/api/health': { get: { summary: 'Store totals', responses: ok('totals') } },
      '/api/overview': { get: { summary: 'Network of states, recent acts, biggest escalations', responses: ok('overview') } },
      '/api/events': { get: { summary: 'Events, filtered and paged', parameters: queryParameters(), responses: { ...ok('a page of events'), ...errors(400) } } },
      '/api/events/{id}': { get: { summary: 'One event: reports, spans, codes, links, correction', parameters: [EVENT], responses: { ...ok('the event'), ...errors(400, 404) } } },
      '/api/events/{id}/review': {
        post: {
          summary: 'Confirm, reject or correct an event', security: bearer, parameters: [EVENT],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ReviewInput' } } } },
          responses: { ...ok('the stored correction'), ...errors(400, 401, 403, 404) },
        },
        delete: { summary: 'Remove the review of an event', security: bearer, parameters: [EVENT], responses: { '204': { description: 'removed' }, ...errors(400, 401, 403, 404) } },
      },
      '/api/events/{id}/chain': { get: { summary: 'The chain of answers through one act', parameters: [EVENT], responses: { ...ok('chain'), ...errors(400, 404, 501) } } },
      '/api/pairs/{pair}': { get: { summary: 'Acts between two states in both directions, with a tally', parameters: [PAIR], responses: { ...ok('pair view'), ...errors(400) } } },
      '/api/pairs/{pair}/ledger': { get: { summary: 'Ledger of a pair', parameters: [PAIR], responses: { ...ok('ledger'), ...errors(400, 501) } } },
      '/api/pairs/{pair}/chains': { get: { summary: 'Retaliation chains of a pair', parameters: [PAIR], responses: { ...ok('chains'), ...errors(400, 501) } } },
      '/api/claims': { get: { summary: 'Aggregate claims with verdicts and the acts behind them', responses: ok('claims') } },
      '/api/documents': {
        get: {
          summary: 'Documents, most recently ingested first',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
          ],
          responses: { ...ok('documents'), ...errors(400) },
        },
      },
      '/api/documents/{id}': { get: { summary: 'One document with its text', parameters: [pathParam('id', '^doc_[0-9a-f]{16}$')], responses: { ...ok('document'), ...errors(400, 404) } } },
      '/api/ingest': {
        post: {
          summary: 'Ingest a text, HTML or JSON Lines body', security: bearer,
          parameters: [
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['text', 'html', 'jsonl'] } },
            { name: 'url', in: 'query', schema: { type: 'string', format: 'uri' } },
          ],
          requestBody: { required: true, content: { 'text/plain': {}, 'text/html': {}, 'application/x-ndjson': {} } },
          responses: { ...ok('ingest summary'), ...errors(400, 401, 403, 413) },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: ok('OpenAPI 3.1') } },
    },
  };
}
