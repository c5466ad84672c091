/**
 * Top-level domains over-represented in phishing and scam sites. Not proof of anything: a low
 * finding that only adds up with others.
 *
 * Source: the TLDs that recur in Spamhaus's "most abused TLDs" statistics and in Interisle
 * Consulting's annual Phishing Landscape reports (2021–2024), plus the ones the refund-scam
 * bulletins show (.top, .vip, .cc). Compiled from those public reports as known to the author,
 * not re-fetched during the build.
 */
export const RISKY_TLDS: ReadonlySet<string> = new Set([
  'top', 'vip', 'xyz', 'cc', 'icu', 'club', 'buzz', 'cyou', 'sbs', 'cfd', 'bond', 'rest', 'quest',
  'monster', 'shop', 'fun', 'online', 'site', 'work', 'link', 'live', 'click', 'loan', 'win', 'bid',
  'tk', 'ml', 'ga', 'cf', 'gq', 'pw', 'ws', 'kim', 'men', 'party', 'review', 'stream', 'trade',
  'date', 'racing', 'download', 'country', 'science', 'wang', 'ren', 'xin', 'ltd', 'store', 'life',
]);
