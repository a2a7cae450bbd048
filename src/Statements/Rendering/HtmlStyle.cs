namespace Statements.Rendering;

/// <summary>
/// The style sheet of the HTML views. Every rule is scoped under <c>.statements</c>, so a fragment embedded in
/// a notebook or another page styles itself and nothing around it. Light and dark schemes, print friendly.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
.statements{--fg:#1d2430;--muted:#5b6472;--bg:#fff;--panel:#f5f7fa;--line:#d9dee5;--del:#ffe3e3;--del-fg:#8a1c1c;--ins:#dcf5e3;--ins-fg:#11612f;
 --warmth:#fde2c8;--cooperation:#d3f0d8;--friction:#fff0b3;--concern:#e6dcfa;--firmness:#d6e4f7;--threat:#f9d0d0;--mark:#fff3a0;
 font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg);max-width:1200px;margin:0 auto;padding:1rem}
@media (prefers-color-scheme:dark){.statements{--fg:#e4e8ee;--muted:#a3acb9;--bg:#15191f;--panel:#1e242c;--line:#333c48;--del:#4a2026;--del-fg:#ffb3b3;--ins:#1d4029;--ins-fg:#a9ecbc;
 --warmth:#5a3a1c;--cooperation:#1f4a2a;--friction:#524512;--concern:#3b2e5c;--firmness:#213a5c;--threat:#5c2020;--mark:#5c5314}}
.statements h1{font-size:1.35rem;margin:.2rem 0}.statements h2{font-size:1.1rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line)}
.statements h3{font-size:1rem;margin:.3rem 0}.statements .vs{color:var(--muted);font-weight:normal}
.statements .sources,.statements .legend,.statements .counts,.statements small,.statements .none{color:var(--muted)}
.statements .url{word-break:break-all}
.statements .summary ul{margin:.2rem 0;padding-left:1.2rem}
.statements .columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.statements .side-tone{background:var(--panel);border-radius:6px;padding:.5rem .8rem}
.statements .category{margin:.25rem 0}.statements .category-name{display:inline-block;min-width:6.5rem;color:var(--muted);font-size:.85rem}
.statements .chip{display:inline-block;border-radius:999px;padding:0 .55rem;margin:.1rem 0;font-size:.85rem;border:1px dashed var(--muted)}
.statements .chip.shared{border:1.5px solid var(--fg)}.statements .chip.negated{text-decoration:line-through}
.statements .cat-warmth{background:var(--warmth)}.statements .cat-cooperation{background:var(--cooperation)}.statements .cat-friction{background:var(--friction)}
.statements .cat-concern{background:var(--concern)}.statements .cat-firmness{background:var(--firmness)}.statements .cat-threat{background:var(--threat)}
.statements table{border-collapse:collapse;width:100%}.statements th,.statements td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.statements thead th{position:sticky;top:0;background:var(--bg)}
.statements .facts tr.conflict td{background:var(--del);color:var(--del-fg)}
.statements .coverage td{white-space:nowrap}.statements .bar{display:inline-block;height:.7rem;background:var(--firmness);border-radius:2px;vertical-align:middle;max-width:8rem}
.statements table.rows{table-layout:fixed}.statements col.kind-col{width:11rem}
.statements .meta span{display:block;font-size:.8rem;color:var(--muted)}.statements .meta .kind{font-size:.9rem;font-weight:600;color:var(--fg)}
.statements .meta .number{display:inline;font-weight:600}.statements .meta .flag{color:var(--del-fg);font-weight:600}
.statements .meta .topic{display:inline-block;margin-right:.3rem}
.statements .topic{background:var(--panel);border-radius:4px;padding:0 .35rem;font-size:.8rem}
.statements tr.kind-shared .meta{border-left:4px solid #2e9e55}.statements tr.kind-divergent .meta{border-left:4px solid #d08a00}
.statements tr.kind-left-only .meta,.statements tr.kind-right-only .meta{border-left:4px solid var(--line)}
.statements tr.kind-weak .meta{border-left:4px dashed var(--line)}.statements .meta .note{display:block;font-size:.85em;color:var(--muted,#666);margin-top:.25rem}
.statements .side{overflow-wrap:anywhere}.statements .absent{color:var(--muted)}
.statements .claim{margin:.2rem 0}.statements .speaker{font-weight:600}.statements .cue,.statements .stance,.statements .inferred{color:var(--muted);font-style:italic;font-size:.85rem}
.statements .diff{margin:.1rem 0 .3rem}
.statements del{background:var(--del);color:var(--del-fg);text-decoration:line-through}.statements ins{background:var(--ins);color:var(--ins-fg);text-decoration:none}
.statements details.context summary{cursor:pointer}.statements details.context blockquote{margin:.3rem 0;padding:.4rem .6rem;background:var(--panel);border-left:3px solid var(--line);white-space:pre-wrap}
.statements details.context footer{color:var(--muted);font-size:.8rem;white-space:normal}
.statements mark{background:var(--mark);color:inherit}
.statements article p{max-width:50rem}
.statements figure.chart{margin:.8rem 0;max-width:640px}.statements figure.chart svg{width:100%;height:auto}
@media (max-width:700px){.statements .columns{grid-template-columns:1fr}.statements col.kind-col{width:6rem}}
@media print{.statements thead th{position:static}.statements details.context blockquote{display:none}}
""";
}
