// fetch wrappers for the citizen pages: every failure becomes a message in the page's language
// (the API's own messages are English and never shown), with the wait for a rate limit.
import { S } from '/js/i18n.js';
import { guardianKey } from '/js/guardian-store.js';

export class ApiFailure extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function messageFor(status, code, retryAfter) {
  if (status === 429 || code === 'rate_limited') return S.errors.rateLimited(Math.max(1, Number(retryAfter) || 1));
  if (status === 413 || code === 'too_large') return S.errors.tooLarge;
  if (code === 'invalid_image' || code === 'unsupported_media_type') return S.errors.invalidImage;
  if (status === 404) return S.errors.notFound;
  if (status >= 400 && status < 500) return S.errors.badInput;
  return S.errors.server(status);
}

/**
 * POST (or another method) to the API. `body` is JSON unless it is a Blob (sent as its type).
 * Sends the guardian owner key when this device has one, so a warning also reaches the family.
 */
export async function api(path, { method = 'POST', body, headers = {} } = {}) {
  const h = { ...headers };
  const key = guardianKey();
  if (key) h['x-guardian-key'] = key;
  let payload;
  if (body instanceof Blob) {
    h['content-type'] = body.type || 'image/png';
    payload = body;
  } else if (body !== undefined) {
    h['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, { method, headers: h, body: payload });
  } catch {
    throw new ApiFailure(S.errors.network, 0, 'network');
  }
  let data = null;
  try { data = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) {
    const code = data && data.error ? data.error.code : '';
    throw new ApiFailure(messageFor(res.status, code, res.headers.get('retry-after')), res.status, code);
  }
  return data;
}
