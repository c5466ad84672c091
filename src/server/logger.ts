/**
 * The service's pino logger. Request bodies are never logged (fastify does not log them, and the
 * redaction below catches any that slip into a log call); every string argument and the URL go
 * through maskPII, so a phone or card number in a path or a message is masked too.
 */
import pino from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { maskPII } from './mask.ts';

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
      req: (req: IncomingMessage & { ip?: string }) => ({ method: req.method, url: maskPII(req.url ?? ''), ip: req.ip }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskPII(a) : a)) as Parameters<typeof method>;
        method.apply(this, masked);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
