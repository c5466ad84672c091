/**
 * Secrets in URLs, removed before anything is written to the log or echoed in an error.
 *
 * A URL can carry a bearer secret: a session's `?token=` (EventSource cannot send headers), a
 * guardian link's token in the path (`/guardian/<token>`, `/v1/guardian/<token>/events`). Anyone
 * holding such a URL can read the session or watch the family's warnings, so the logged form keeps
 * the route's shape and drops the secret:
 * - query parameters whose name contains `token`, `key`, `secret`, `password`, `signature` or
 *   `auth` (any case) → `name=[redacted]`;
 * - everything in the path after a `guardian/` segment → `[redacted]` (a trailing `/events` is
 *   kept: it is the route, not the secret);
 * - the result is cut to {@link MAX_LOGGED_URL} characters (a 5,000-character URL is noise, and
 *   whatever it smuggles in should not fill the log).
 * All of it is linear in the URL's length (splits and index scans only, no backtracking regex).
 */

/** Longest URL written to a log line, in characters; longer ones end with `…`. */
export const MAX_LOGGED_URL = 300;

export const REDACTED = '[redacted]';

const SECRET_PARAM = /token|key|secret|password|passwd|signature|auth/i;

function redactPath(path: string): string {
  const lower = path.toLowerCase();
  const at = lower.indexOf('/guardian/');
  if (at < 0) return path;
  const head = path.slice(0, at + '/guardian/'.length);
  const rest = path.slice(head.length);
  if (rest === '') return path;
  return head + REDACTED + (lower.endsWith('/events') && rest.length > '/events'.length ? '/events' : '');
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try { decoded = decodeURIComponent(name.replace(/\+/g, ' ')); } catch { /* keep the raw name */ }
      return SECRET_PARAM.test(decoded) && eq >= 0 ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
}

/** `url` (path and optional query, as in a request line) with its secrets replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  const noHash = hash < 0 ? url : url.slice(0, hash);
  const q = noHash.indexOf('?');
  const path = q < 0 ? noHash : noHash.slice(0, q);
  const out = redactPath(path) + (q < 0 ? '' : '?' + redactQuery(noHash.slice(q + 1)));
  return out.length > MAX_LOGGED_URL ? out.slice(0, MAX_LOGGED_URL) + '…' : out;
}

/**
 * Free text (an error message or stack) with every URL-like word passed through
 * {@link redactUrl}: a word is split on whitespace and quotes, and is URL-like when it contains
 * `/guardian/` or a `?…=` query.
 */
export function redactUrlsIn(text: string): string {
  return text
    .split(/([\s'"`]+)/)
    .map((word) => {
      const lower = word.toLowerCase();
      return lower.includes('/guardian/') || (word.includes('?') && word.includes('=')) ? redactUrl(word) : word;
    })
    .join('');
}

/** A service URL for a log line or an error: any password in it replaced by `***` (redis://:***@host:6379). */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return redactUrl(u.toString());
  } catch {
    return '(an unparsable URL)';
  }
}
