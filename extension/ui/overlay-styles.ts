/** Styles live inside the shadow root: nothing leaks into the EHR page and nothing leaks in. */
export const overlayCss = `
:host { all: initial; }
.chartside { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; font: 13px/1.45 system-ui, sans-serif; color: #1b2733; }
.launcher { display: flex; align-items: center; gap: 6px; border: 0; border-radius: 20px; padding: 6px 12px; background: #0b5f6b; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); font: inherit; }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.launcher .logo { font-weight: 800; }
.launcher .count { background: #fff; color: #0b5f6b; border-radius: 10px; padding: 0 7px; font-weight: 700; }
.panel { display: none; position: absolute; right: 0; bottom: 44px; width: 380px; max-height: 70vh; overflow: auto; background: #fff; border: 1px solid #c9d3dc; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 8px 12px 12px; }
.open .panel { display: block; z-index: 2; }
.panel header { display: flex; justify-content: space-between; align-items: center; }
.close { border: 0; background: none; font-size: 18px; cursor: pointer; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .5px; color: #55626e; margin: 12px 0 4px; }
ul, ol { list-style: none; margin: 0; padding: 0; }
.code, .flag, .handoff-note { border-top: 1px solid #eef1f4; padding: 6px 0; }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 2px 0; }
.code-head, .flag-head { display: flex; gap: 8px; align-items: baseline; }
.code-id { font-weight: 700; font-family: ui-monospace, monospace; }
.code-title { flex: 1; }
.confidence { color: #55626e; font-size: 11px; }
.code:not(.recommended) { opacity: .75; }
.evidence q { display: inline-block; background: #fff6d6; margin: 2px 4px 0 0; padding: 0 4px; border-radius: 3px; }
.why { color: #55626e; font-size: 11px; }
.flag.error .severity { color: #b42318; font-weight: 700; }
.flag.warning .severity { color: #b54708; font-weight: 700; }
.carc { background: #eef1f4; border-radius: 3px; padding: 0 4px; }
.field, .source { color: #55626e; font-size: 11px; font-family: ui-monospace, monospace; }
.fix { color: #0b5f6b; }
textarea { width: 100%; box-sizing: border-box; font: inherit; margin-top: 6px; }
.error { color: #b42318; }
.offline { color: #b54708; }
.empty { color: #55626e; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
export const markerCss = `
.markers { position: fixed; inset: 0; pointer-events: none; z-index: 2147482999; }
.marker { position: fixed; pointer-events: auto; width: 18px; height: 18px; border-radius: 9px; color: #fff; font: 700 11px/18px system-ui, sans-serif; text-align: center; cursor: help; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.marker.error { background: #b42318; }
.marker.warning { background: #b54708; }
.evidence-link { border: 0; background: #fff6d6; margin: 2px 4px 0 0; padding: 0 4px; border-radius: 3px; cursor: pointer; font: inherit; text-align: left; }
.evidence-link:hover { background: #ffe066; }
.decide { display: flex; gap: 6px; margin-top: 4px; }
.decide button, .copy, .edit-form button { font: inherit; font-size: 12px; border: 1px solid #c9d3dc; background: #f7f9fa; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.decide button[aria-pressed=true] { background: #0b5f6b; color: #fff; border-color: #0b5f6b; }
.code[data-decision=rejected] .code-id { text-decoration: line-through; }
.copy { margin-top: 8px; }
.queries li { color: #b54708; }
`;
export const threadCss = `
.thread-state { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; margin: 6px 0; font-size: 12px; }
.thread-state label { display: flex; flex-direction: column; color: #55626e; }
.thread-state input, .thread-state select { font: inherit; color: #1b2733; }
.thread-state button { grid-column: span 2; justify-self: start; }
`;
export const memoryCss = `
.memory li { color: #7a2e0e; background: #fff4ed; border-radius: 4px; padding: 4px 6px; margin: 2px 0; }
.memory li.likely { border-left: 3px solid #b42318; }
.denial-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.denial { border-top: 1px solid #eef1f4; padding: 6px 0; }
.send-denials { margin-top: 8px; font: inherit; border: 1px solid #0b5f6b; background: #0b5f6b; color: #fff; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
`;
export const pickerCss = `
.picker { position: fixed; inset: 0; z-index: 2147483001; cursor: crosshair; background: rgba(11,95,107,.04); }
.picker-box { position: fixed; outline: 3px solid #0b5f6b; background: rgba(11,95,107,.08); pointer-events: none; }
.picker-hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); margin: 0; background: #0b5f6b; color: #fff; padding: 6px 12px; border-radius: 6px; font: 13px system-ui, sans-serif; }
.teach { margin-top: 10px; display: flex; gap: 6px; }
.proposing { background: rgba(11,95,107,.02); cursor: default; }
.note-outline { position: fixed; outline: 3px dashed #0b5f6b; background: rgba(11,95,107,.06); pointer-events: none; z-index: 0; }
.note-outline-bar { position: fixed; display: flex; gap: 6px; align-items: center; background: #0b5f6b; color: #fff; padding: 4px 8px; border-radius: 6px; font: 12px system-ui, sans-serif; z-index: 1; }
.note-outline-bar button { font: inherit; border: 0; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.encounter .enc-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; }
.encounter label { display: flex; flex-direction: column; font-size: 11px; color: #55626e; }
.encounter select, .encounter input { font: inherit; color: #1b2733; }
.enc-from { font-size: 11px; color: #55626e; margin: 4px 0; }
.teach button { font: inherit; font-size: 12px; border: 1px solid #c9d3dc; background: #f7f9fa; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
`;
export const billerCss = `
.chartside .panel { box-sizing: border-box; }
.aside-left { right: auto; left: 16px; }
.aside-left .panel { right: auto; left: 0; }
.page-kind { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 12px; }
.kind-name { font-weight: 700; background: #e6f2f3; color: #0b5f6b; border-radius: 3px; padding: 0 6px; }
.page-kind select { font: inherit; font-size: 12px; }
.kind-note { flex-basis: 100%; margin: 0; color: #55626e; font-size: 11px; }
.coverage dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 4px 0; }
.coverage dt { color: #55626e; }
.coverage dd { margin: 0; }
.coverage-status.inactive { color: #b42318; font-weight: 700; }
.coverage-status.active { color: #067647; font-weight: 700; }
.what-i-read { margin-top: 10px; }
.what-i-read summary { cursor: pointer; font-weight: 600; }
.what-i-read table { border-collapse: collapse; width: 100%; font-size: 12px; }
.what-i-read th { text-align: left; font-weight: 400; color: #55626e; padding: 1px 4px 1px 0; }
.what-i-read input { font: inherit; width: 100%; box-sizing: border-box; }
.what-i-read tr.flagged th { color: #b42318; font-weight: 700; }
.what-i-read button { font: inherit; font-size: 11px; border: 1px solid #c9d3dc; background: #f7f9fa; border-radius: 4px; cursor: pointer; }
.taught { color: #0b5f6b; font-size: 11px; }
`;
