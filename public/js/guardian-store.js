// This device's guardian link (亲情守护), kept in localStorage: {id, token, ownerKey, label}.
const KEY = 'fanzha.guardian';

export function loadGuardian() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || 'null');
    return v && typeof v.ownerKey === 'string' && typeof v.id === 'string' ? v : null;
  } catch {
    return null;
  }
}
export function saveGuardian(g) {
  try { localStorage.setItem(KEY, JSON.stringify(g)); } catch { /* private mode: this page only */ }
}
export function clearGuardian() {
  try { localStorage.removeItem(KEY); } catch { /* private mode */ }
}
export const guardianKey = () => loadGuardian()?.ownerKey ?? null;
