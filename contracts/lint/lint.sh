#!/usr/bin/env bash
# Lints the committed contract snapshots (contracts/openapi/*.yaml) as a partner's tools would, and fails on:
#   - any error or warning of Spectral's OpenAPI rules (spectral:oas)            spectral-oas.yaml
#   - any error of the OWASP API Security ruleset, less the overrides it names   spectral-owasp.yaml
#   - any error of Redocly's recommended rules                                   redocly.yaml
# The tools are the exact versions of package-lock.json, installed once with npm into a cache folder
# (ACDE_LINT_CACHE, default ~/.cache/acde-contracts-lint/<lock hash>). Needs Node.js 20.19+ and npm.
# Usage: contracts/lint/lint.sh [snapshot.yaml ...]   (default: every snapshot)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [ "$#" -gt 0 ]; then
  snapshots=("$@")
else
  snapshots=(contracts/openapi/*.yaml)
fi

cache="${ACDE_LINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/acde-contracts-lint}"
tools="$cache/$(sha256sum "$here/package-lock.json" | cut -c1-16)"
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  echo "Installing the contract linters (package-lock.json) into $tools"
  rm -rf "$tools.partial"
  mkdir -p "$tools.partial"
  cp "$here/package.json" "$here/package-lock.json" "$tools.partial/"
  (cd "$tools.partial" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  rm -rf "$tools"
  mv "$tools.partial" "$tools"
fi
# The rulesets find the OWASP ruleset in the installed packages, through node_modules beside them (ignored by git).
ln -sfn "$tools/node_modules" "$here/node_modules"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
spectral="$tools/node_modules/.bin/spectral"
redocly="$tools/node_modules/.bin/redocly"
failed=()

echo "== Spectral, spectral:oas (fails on warnings and errors)"
"$spectral" lint --ruleset "$here/spectral-oas.yaml" --fail-severity=warn "${snapshots[@]}" || failed+=("spectral:oas")

echo "== Spectral, OWASP API Security ruleset with contracts/lint/spectral-owasp.yaml (fails on errors; warnings not shown)"
"$spectral" lint --ruleset "$here/spectral-owasp.yaml" --fail-severity=error --display-only-failures "${snapshots[@]}" \
  || failed+=("OWASP")

echo "== Redocly, recommended (fails on errors)"
status=0
"$redocly" lint --config "$here/redocly.yaml" "${snapshots[@]}" >"$tools/redocly.log" 2>&1 || status=$?
# Without the boxed notice that Node.js 20 support ends: the pinned version runs on it.
grep -v -e '║' -e '╔' -e '╚' "$tools/redocly.log" || true
[ "$status" -eq 0 ] || failed+=("Redocly")

if [ "${#failed[@]}" -gt 0 ]; then
  echo "Contract lint failed: ${failed[*]}" >&2
  exit 1
fi
echo "Contract lint passed: ${#snapshots[@]} snapshots"
