#!/usr/bin/env bash
# Runs one sample against CorsKit's packages, packed from this checkout into artifacts/packages.
# Usage: samples/from-packages/run.sh MinimalApi|Controllers|HotReload [arguments for the app]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sample="${1:?name a sample: MinimalApi, Controllers or HotReload}"
shift
[ -d "$here/$sample" ] || { echo "run.sh: no sample named '$sample' in $here" >&2; exit 2; }

# The packages of this checkout, versioned from its git tags (a pre-release between tags).
for project in CorsKit CorsKit.Configuration CorsKit.AspNetCore; do
  dotnet pack "$root/src/$project" -c Release -o "$root/artifacts/packages" --nologo -v quiet
done

cd "$here/$sample"
exec dotnet run -- "$@"
