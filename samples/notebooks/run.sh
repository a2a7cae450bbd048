#!/usr/bin/env bash
# Runs every cell of compare-readouts.ipynb in dotnet-repl, a notebook client this project did not write, and
# checks that no cell failed and that the comparison is in the output as text/html.
# Needs the Release build the notebook loads: run `dotnet build -c Release` at the repository root first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f "$root/src/Statements/bin/Release/net10.0/Statements.dll" ]; then
  echo "notebook check failed: no Release build of the library; run 'dotnet build -c Release' at the root first"
  exit 1
fi

cd "$root"
if ! dotnet tool restore >"$work/restore.log" 2>&1; then
  cat "$work/restore.log"
  echo "notebook check failed: dotnet tool restore (dotnet-repl, .config/dotnet-tools.json) did not succeed"
  exit 1
fi

cd "$here"
status=0
dotnet dotnet-repl --run compare-readouts.ipynb --exit-after-run --output-path "$work/out.ipynb" >"$work/log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -s "$work/out.ipynb" ]; then
  tail -n 40 "$work/log"
  echo "notebook check failed: dotnet-repl exited with $status (2 means a cell failed)"
  exit 1
fi

# The comparison cells show the HTML fragment; the check looks for it and for a sentence of each readout.
python3 - "$work/out.ipynb" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
if errors:
    sys.exit("notebook check failed: a cell reported an error: " + errors[0].get("evalue", "?"))
html = ["".join(o["data"]["text/html"]) if isinstance(o["data"]["text/html"], list) else o["data"]["text/html"]
        for c in nb["cells"] for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
fragments = [h for h in html if 'class="statements"' in h]
needles = ["candid and constructive discussion", "Geneva spirit", "<svg"]
missing = [n for n in needles if not any(n in h for h in fragments)]
if missing:
    sys.exit("notebook check failed: the output has no text/html comparison holding " + ", ".join(missing))
print(f"notebook check passed: {len(nb['cells'])} cells, {len(fragments)} Statements views as text/html")
PY
