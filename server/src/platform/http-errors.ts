import {
  type ErrorCode,
  errorCatalog,
  errorMessages,
  type FieldIssueCode,
  fieldIssueCatalog,
  type Language,
} from '@lumo/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface FieldIssue {
  path: string;
  code: FieldIssueCode;
}

/** An error the user can act on: it becomes a 4xx answer with a message in every language. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues: FieldIssue[] = [],
    /** Facts the user needs to act on the error (a worker's caseload, say); no personal data. */
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');

export function requestLanguage(request: FastifyRequest): Language {
  const preferred = request.actor?.language;
  if (preferred) return preferred;
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fi' || tag === 'sv' || tag === 'en') return tag;
  }
  return 'fi';
}

function issueCode(zodCode: string, message: string): FieldIssueCode {
  switch (zodCode) {
    case 'invalid_type':
      return /received undefined/.test(message) ? 'required' : 'invalid_type';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'too_small':
      return 'too_short';
    case 'too_big':
      return 'too_long';
    case 'invalid_format':
    case 'invalid_string':
      return 'invalid_format';
    default:
      return 'invalid_value';
  }
}

function validationIssues(error: FastifyError & { validationContext?: string }): FieldIssue[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const context = error.validationContext ?? 'body';
  return error.validation.flatMap((v) => {
    const base = `${context}${v.instancePath.replaceAll('/', '.')}`.replace(/\.$/, '');
    const code = issueCode(v.keyword, v.message ?? '');
    const keys = (v.params as { keys?: string[] }).keys;
    if (code === 'unknown_field' && keys) return keys.map((key) => ({ path: `${base}.${key}`, code }));
    return [{ path: base, code }];
  });
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  issues: FieldIssue[] = [],
  details?: Record<string, unknown>,
) {
  const messages = errorMessages(code);
  const language = requestLanguage(request);
  return reply.status(errorCatalog[code].status).send({
    error: {
      code,
      message: messages[language],
      messages,
      requestId: request.id,
      ...(issues.length > 0
        ? { issues: issues.map((i) => ({ path: i.path, code: i.code, messages: fieldIssueCatalog[i.code] })) }
        : {}),
      ...(details ? { details } : {}),
    },
  });
}

function classify(
  error: FastifyError,
): { code: ErrorCode; issues: FieldIssue[]; details?: Record<string, unknown> } | null {
  if (error instanceof AppError)
    return { code: error.code, issues: error.issues, ...(error.details ? { details: error.details } : {}) };
  if (error.validation) return { code: 'validation_failed', issues: validationIssues(error) };
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'malformed_json', issues: [] };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'body_too_large', issues: [] };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return { code: 'unsupported_media_type', issues: [] };
  }
  if (error instanceof SyntaxError) return { code: 'malformed_json', issues: [] };
  if (error.statusCode === 429) return { code: 'too_many_requests', issues: [] };
  if (error.statusCode === 503) return { code: 'service_unavailable', issues: [] };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: error.statusCode === 404 ? 'not_found' : 'validation_failed', issues: [] };
  }
  return null;
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = classify(error);
    if (known) return sendError(request, reply, known.code, known.issues, known.details);
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, 'internal_error');
  });
}
