import type { Sealed } from '../contracts/handoff.ts';

/**
 * End-to-end privacy for handoff notes (DESIGN promise 1). From the team secret, which never
 * leaves members' browsers, HKDF derives two keys: AES-GCM for note bodies and HMAC-SHA256 for
 * claim keys. The worker sees ciphertext and a keyed hash it can match but not reverse.
 */
export interface TeamKeys {
  seal: CryptoKey;
  mac: CryptoKey;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export async function deriveTeamKeys(teamSecret: string): Promise<TeamKeys> {
  const base = await crypto.subtle.importKey('raw', enc.encode(teamSecret), 'HKDF', false, ['deriveKey']);
  const derive = (info: string, alg: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: enc.encode('chartside/v1'), info: enc.encode(info) }, base, alg, false, usages);
  return {
    seal: await derive('note-body', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    mac: await derive('claim-key', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  };
}

export async function sealText(keys: TeamKeys, plaintext: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.seal, enc.encode(plaintext));
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export async function openText(keys: TeamKeys, sealed: Sealed): Promise<string> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, keys.seal, fromBase64(sealed.ct));
  return dec.decode(plain);
}

/** What makes two screens "the same claim": the member id and the date of service. */
export interface ClaimIdentity {
  memberId: string;
  dateOfService: string;
}

export function normalizeClaimIdentity(id: ClaimIdentity): string {
  return `${id.memberId.replace(/[\s-]/g, '').toUpperCase()}|${id.dateOfService.trim()}`;
}

export async function claimKey(keys: TeamKeys, id: ClaimIdentity): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.mac, enc.encode(normalizeClaimIdentity(id)));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
