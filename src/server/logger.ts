/**
 * The service's pino logger. Request bodies are never logged (fastify does not log them, and the
 * redaction below catches any that slip into a log call); every string argument and the URL go
 * through maskPII, so a phone or card number in a path or a message is masked too; secrets in URLs
 * (session `?token=`, guardian link tokens) are replaced by `[redacted]` (see redact.ts) in the
 * request line, in messages and in logged errors.
 */
import pino from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { maskPII } from './mask.ts';
import { redactUrl, redactUrlsIn } from './redact.ts';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    redact: {
      paths: [
        'req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie',
        'body', 'req.body', 'text', 'turns', '*.text', '*.turns', 'key',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: IncomingMessage & { ip?: string }) => ({ method: req.method, url: maskPII(redactUrl(req.url ?? '')), ip: req.ip }),
      err: (err: unknown) => {
        const serialized = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
        for (const f of ['message', 'stack'] as const) {
          if (typeof serialized[f] === 'string') serialized[f] = maskPII(redactUrlsIn(serialized[f]));
        }
        return serialized;
      },
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskPII(redactUrlsIn(a)) : a)) as Parameters<typeof method>;
        method.apply(this, masked);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
