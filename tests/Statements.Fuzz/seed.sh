#!/usr/bin/env bash
# Builds the fuzzer's seed corpus in OUT (default: tests/Statements.Fuzz/seeds, ignored by git) from the
# built-in samples, every real readout pair and article under ../shared/corpus/pairs, and a spread of
# White House readouts from ../shared/corpus/wh-readouts (every Nth file by size, capped in size: afl
# works best with small seeds). Without ../shared the samples and the hand-made odd inputs are the corpus.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(dirname "$repo")/shared/corpus"
out="${1:-$here/seeds}"
max_bytes="${MAX_SEED_BYTES:-6000}"
count="${WH_SEEDS:-40}"

rm -rf "$out"
mkdir -p "$out"
cp "$repo/src/Statements/Samples/sample-us.txt" "$out/sample-us.txt"
cp "$repo/src/Statements/Samples/sample-cn.txt" "$out/sample-cn.txt"

# Small hand-made inputs the corpus does not hold: a header block, initials, quotes, brackets, odd Unicode.
# A small comparison document seeds the JSON reader (the harness also reads every input as statements.comparison/1).
printf '{"schema":"statements.comparison/1","readouts":[{"id":"L","side":"China","text":"Xi said peace.","sentences":[{"span":{"start":0,"length":14},"kind":"claim","claims":["L1"]}],"claims":[{"id":"L1","speaker":"Xi","text":"peace","span":{"start":8,"length":5},"sentence":0}]},{"id":"R","side":"United States","text":"Biden said peace.","claims":[]}],"rows":[{"kind":"left-only","left":["L1"],"right":[],"score":0.5}],"tone":{}}\n' > "$out/comparison.json"
printf 'side: China\npublisher: Xinhua\ntitle: T\n---\nXi said "we oppose it." Biden noted.\n' > "$out/odd-header.txt"
printf 'A. B. C. D. Smith said U.S. ties... "Yes." (He [also {noted}].)\n\n- item one\n- item two\n' > "$out/odd-initials.txt"
printf '\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3 said \xe2\x80\x8f\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7\xe2\x80\x8e \xf0\x9f\x98\x80 e\xcc\x81 \xef\xbf\xbd \xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd stressed.\n' > "$out/odd-unicode.txt"

if [[ -d "$shared" ]]; then
  for dir in "$shared"/pairs/*/; do
    pair="$(basename "$dir")"
    for file in "$dir"*.txt; do
      [[ -e "$file" ]] || continue
      if [[ $(stat -c %s "$file") -le $((max_bytes * 3)) ]]; then
        cp "$file" "$out/pair-$pair-$(basename "$file")"
      fi
    done
  done

  # A spread of sizes: sort the readouts under the cap by size and take every Nth.
  mapfile -t small < <(find "$shared/wh-readouts" -name '*.txt' -size -"${max_bytes}"c -printf '%s %p\n' | sort -n | cut -d' ' -f2-)
  if (( ${#small[@]} > 0 )); then
    step=$(( ${#small[@]} / count )); (( step > 0 )) || step=1
    for (( i = 0; i < ${#small[@]}; i += step )); do
      cp "${small[$i]}" "$out/wh-$(basename "${small[$i]}")"
    done
  fi
else
  echo "seed.sh: $shared not found; seeding with the samples and hand-made inputs only" >&2
fi

echo "seed.sh: $(ls "$out" | wc -l) seeds in $out ($(du -sh "$out" | cut -f1))"
