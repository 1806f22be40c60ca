/** Minimal OpenAPI shapes the docs page reads. */
interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, { description?: string }>;
}
export interface OpenApiDoc {
  info: { title: string; version: string };
  paths?: Record<string, Record<string, Operation | undefined> | undefined>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A self-contained HTML page made from the OpenAPI document: no scripts, no CDN, so the strict
 * security headers stay strict. The machine-readable document stays at /openapi.json.
 */
export function renderDocsPage(doc: OpenApiDoc): string {
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops ?? {})) {
      if (!op) continue;
      const codes = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><b>${esc(code)}</b> ${esc(r.description ?? '')}</li>`)
        .join('');
      rows.push(`<tr><td><code>${esc(method.toUpperCase())} ${esc(path)}</code></td><td>${esc((op.tags ?? []).join(', '))}</td>
        <td>${op.security?.length ? 'bearer' : 'none'}</td><td>${esc(op.summary ?? '')}<ul>${codes}</ul></td></tr>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.info.title)} API</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:70rem}td{vertical-align:top;padding:.4rem;border-bottom:1px solid #ddd}ul{margin:.2rem 0}</style></head>
<body><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1>
<p>Note bodies and patient-identifying thread fields are sealed in the browser (AES-GCM under the team key);
the worker stores ciphertext and routing metadata only. Authenticate with <code>Authorization: Bearer &lt;token&gt;</code>.
Machine-readable document: <a href="/openapi.json">/openapi.json</a>.</p>
<table><thead><tr><th>route</th><th>group</th><th>auth</th><th>what it does</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>
</body></html>`;
}
