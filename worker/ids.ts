/** Random ids and bearer tokens; tokens are only ever stored as their SHA-256 hash. */
export const newId = (): string => crypto.randomUUID();

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `cs_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
}

// Every request hashes its token: on Node the synchronous hash costs a fraction of WebCrypto's
// promise round trip through the thread pool. Other runtimes use WebCrypto.
const nodeCrypto = await import('node:crypto').catch(() => null);

export async function hashToken(token: string): Promise<string> {
  // crypto.hash (Node 20.12+) is the one-shot form: no Hash object per request.
  if (nodeCrypto) return nodeCrypto.hash ? nodeCrypto.hash('sha256', token, 'hex') : nodeCrypto.createHash('sha256').update(token).digest('hex');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
