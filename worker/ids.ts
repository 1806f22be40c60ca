/** Random ids and bearer tokens; tokens are only ever stored as their SHA-256 hash. */
export const newId = (): string => crypto.randomUUID();

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `cs_${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
