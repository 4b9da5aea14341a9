/** Keeping credentials out of everything that may be printed: URLs and error messages. */

const SENSITIVE_NAME =
  /token|secret|passw(or)?d|pwd|api[-_]?key|apikey|auth|signature|credential|session|cookie|^sig$|^key$/i

/** True for header and query parameter names that usually carry a credential. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name)
}

/** The URL as it may be printed: no userinfo, and secret-looking query values replaced. */
export function redactUrl(url: URL): string {
  const shown = new URL(url.href)
  shown.username = ''
  shown.password = ''
  for (const name of new Set(shown.searchParams.keys())) {
    if (isSensitiveName(name)) shown.searchParams.set(name, 'REDACTED')
  }
  return shown.href
}

/** Every occurrence of each secret replaced by `***`; very short values are left alone. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  // Values this short would blank out ordinary words.
  return secrets
    .filter(secret => secret.length >= 4)
    .reduce((scrubbed, secret) => scrubbed.split(secret).join('***'), text)
}
