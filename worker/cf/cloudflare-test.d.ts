// The part of the `cloudflare:test` module these specs use, declared here so the root tsconfig
// (lib.dom, no workers-types) can typecheck them.
declare module 'cloudflare:test' {
  export const SELF: { fetch(input: string, init?: RequestInit): Promise<Response> };
  export const env: { DB: import('../store/d1-types.ts').D1Database };
}
