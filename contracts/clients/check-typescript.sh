#!/usr/bin/env bash
# CI: a typescript-fetch client of every committed contract, generated with generate.sh and type-checked by the
# TypeScript compiler with --strict (the exact version of package-lock.json, installed once with npm and cached).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$root/contracts/target/typescript-clients
cache=${ACDE_CACHE:-$HOME/.cache/acde}/typescript-$(sha256sum "$here/package-lock.json" | cut -c1-16)

if [ ! -x "$cache/node_modules/.bin/tsc" ]; then
  rm -rf "$cache.partial" && mkdir -p "$cache.partial"
  cp "$here/package.json" "$here/package-lock.json" "$cache.partial/"
  (cd "$cache.partial" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  rm -rf "$cache" && mv "$cache.partial" "$cache"
fi

rm -rf "$work" && mkdir -p "$work"
for spec in "$root"/contracts/openapi/*.yaml; do
  contract=$(basename "$spec" .yaml)
  "$here/generate.sh" typescript "$contract" "$work/$contract"
  # The generated tsconfig, made strict, with the libraries fetch needs.
  "$cache/node_modules/.bin/tsc" --project "$work/$contract/tsconfig.json" --strict --noEmit --lib es2017,dom
  echo "  $contract: tsc --strict passed"
done
# README's example, against the initiatives client generated above.
"$cache/node_modules/.bin/tsc" --strict --noEmit --lib es2022,dom --target es2022 --module es2022 --moduleResolution node \
  "$here/example.ts"
echo "  README's example: tsc --strict passed"
