#!/usr/bin/env bash
# Generates a client from a committed contract with openapi-generator, as a partner would.
#   contracts/clients/generate.sh typescript initiatives-service OUT_DIR   typescript-fetch client
#   contracts/clients/generate.sh java initiatives-service OUT_DIR         Java client (okhttp-gson, OAuth2 support)
# The generator (openapi-generator-cli, the version below) comes from Maven Central through ./mvnw once and is cached
# under ACDE_CACHE (default ~/.cache/acde). CI generates and type-checks a TypeScript client of every contract with
# this script (check-typescript.sh); the e2e module generates the Java clients with the Maven plugin and drives them.
set -euo pipefail

VERSION=7.25.0
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${ACDE_CACHE:-$HOME/.cache/acde}
JAR=$CACHE/openapi-generator-cli-$VERSION.jar

[ $# -eq 3 ] || { echo "usage: $0 typescript|java <contract, e.g. initiatives-service> <output dir>" >&2; exit 2; }
language=$1 contract=$2 out=$3
spec=$ROOT/contracts/openapi/$contract.yaml
[ -f "$spec" ] || { echo "no contract $spec" >&2; exit 2; }

if [ ! -f "$JAR" ]; then
  mkdir -p "$CACHE"
  (cd "$ROOT" && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.openapitools:openapi-generator-cli:$VERSION -DoutputDirectory="$CACHE")
fi

name=${contract%-service}
case $language in
  typescript)
    # Codes are upper case on the wire (VN, II, PUBLISHED): keep them so as names too (default: Vn, Ii, Published).
    java -jar "$JAR" generate -g typescript-fetch -i "$spec" -o "$out" \
      --additional-properties=supportsES6=true,enumPropertyNaming=UPPERCASE,npmName=@acde/$name-client,npmVersion=1.0.0 >"$out.log" 2>&1 ||
      { cat "$out.log" >&2; exit 1; } ;;
  java)
    java -jar "$JAR" generate -g java --library okhttp-gson -i "$spec" -o "$out" \
      --additional-properties=useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,groupId=org.acde,artifactId=$name-client,invokerPackage=org.acde.client.$name,apiPackage=org.acde.client.$name.api,modelPackage=org.acde.client.$name.model \
      >"$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; } ;;
  *) echo "language: typescript or java" >&2; exit 2 ;;
esac
echo "Generated a $language client of $contract in $out"
