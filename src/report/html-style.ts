/** The stylesheet of the HTML report (inline; the page loads nothing). */
export const PAGE_STYLE = `
:root { --bg:#fbfaf7; --fg:#1d1d1b; --muted:#6b6b66; --line:#dedbd2; --verbatim:#f7c8c0; --light:#fbe3a5; --rewrite:#cfe3f7;
  --chg:#c0392b; --cur:#1f5fbf; --ok:#2e7d32; --warn:#b23b1e; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--fg); background:var(--bg); }
header { padding:12px 20px; border-bottom:1px solid var(--line); background:#fff; position:sticky; top:0; z-index:2; }
header h1 { font-size:18px; margin:0 0 4px; }
.muted { color:var(--muted); }
main { padding:16px 20px; }
table { border-collapse:collapse; width:100%; background:#fff; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { font-size:13px; color:var(--muted); font-weight:600; }
details.story { background:#fff; border:1px solid var(--line); border-radius:6px; margin:0 0 10px; }
details.story > summary { cursor:pointer; padding:8px 12px; list-style:none; display:flex; gap:12px; flex-wrap:wrap; align-items:baseline; }
details.story > summary::before { content:"▸"; color:var(--muted); }
details.story[open] > summary::before { content:"▾"; }
.story-body { padding:0 12px 12px; }
.badge { display:inline-block; font-size:12px; padding:1px 7px; border-radius:10px; border:1px solid var(--line); white-space:nowrap; }
.badge.uncredited { background:#fde8e4; border-color:#f0b5a8; color:var(--warn); }
.badge.credited { background:#e6f3e7; border-color:#a9d3ac; color:var(--ok); }
.badge.unknown { background:#f1f1ee; }
ul.tree { list-style:none; padding-left:18px; margin:6px 0; }
ul.tree li::before { content:"↳ "; color:var(--muted); }
a, button.link { color:var(--cur); cursor:pointer; background:none; border:0; padding:0; font:inherit; text-decoration:underline; }
#pair-view[hidden], #overview[hidden] { display:none; }
.verdict { background:#fff; border:1px solid var(--line); border-radius:6px; padding:10px 14px; margin-bottom:12px; }
.verdict ol { margin:6px 0 0; padding-left:22px; }
.against { color:var(--muted); }
.cols { display:grid; grid-template-columns:1fr 1fr; gap:14px; }
.col { background:#fff; border:1px solid var(--line); border-radius:6px; display:flex; flex-direction:column; min-width:0; }
.col h2 { font-size:14px; margin:0; padding:8px 12px; border-bottom:1px solid var(--line); overflow-wrap:anywhere; }
.doc-title { padding:4px 12px; border-bottom:1px solid var(--line); }
.text { position:relative; padding:10px 14px; white-space:pre-wrap; overflow-wrap:anywhere; overflow:auto; height:calc(100vh - 330px); min-height:240px; font-family:Georgia, "Times New Roman", serif; }
mark { border-radius:2px; padding:0 1px; color:inherit; cursor:pointer; }
mark.verbatim { background:var(--verbatim); }
mark.light { background:var(--light); }
mark.rewrite { background:var(--rewrite); }
mark.cur { outline:2px solid var(--cur); }
.chg { color:var(--chg); text-decoration:underline wavy var(--chg); font-weight:600; }
.bp-toggle { font:12px system-ui, sans-serif; color:var(--muted); background:#f1f1ee; border:1px dashed var(--line); border-radius:4px; padding:0 6px; cursor:pointer; margin:2px 0; }
.bp { color:var(--muted); background:#f4f4f1; text-decoration:line-through; text-decoration-color:#c9c7bf; }
.bp[hidden] { display:none; }
.legend span { margin-right:10px; }
.nav { margin:8px 0 12px; display:flex; gap:10px; align-items:center; flex-wrap:wrap; }
.nav button { font:inherit; padding:3px 10px; border:1px solid var(--line); border-radius:4px; background:#fff; cursor:pointer; }
kbd { font:12px ui-monospace, monospace; border:1px solid var(--line); border-bottom-width:2px; border-radius:3px; padding:0 4px; background:#fff; }
.help { font-size:13px; }
.pair-card { border-top:1px solid var(--line); padding:10px 0; }
.pair-head { font-size:15px; }
.pair-head .arrow { color:var(--muted); }
.badge.common { background:#e8eefb; border-color:#b5c6ea; color:#2a4a8a; margin-left:8px; }
.facts { font-size:13px; margin:2px 0 4px; }
ul.evidence { margin:4px 0 6px; padding-left:20px; font-size:13px; color:#3b3b38; }
.side-by-side { display:grid; grid-template-columns:1fr 1fr; gap:6px 14px; }
.sbs-head { font-size:12px; color:var(--muted); font-weight:600; overflow-wrap:anywhere; }
.sbs-cell { font-family:Georgia, "Times New Roman", serif; font-size:14px; white-space:pre-wrap; overflow-wrap:anywhere; }
.story-body h3 { font-size:14px; margin:12px 0 4px; }
.origins table { font-size:13px; }
.evidence-weight { font:12px ui-monospace, monospace; color:var(--muted); }
`;
