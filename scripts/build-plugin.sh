#!/usr/bin/env bash
# Builds a brand module (or any module project) as a binary plugin: publishes it into <plugins>/<PluginId>/ with only
# its own assemblies (shared ones come from the host) and its wwwroot. The host loads it from Modules:PluginDirectory.
# Usage: scripts/build-plugin.sh <project folder or .csproj> [plugins folder, default ./plugins]
set -euo pipefail
project="${1:?usage: scripts/build-plugin.sh <project folder or .csproj> [plugins folder]}"
plugins="${2:-plugins}"
unset EfDesign # `dotnet ef` mode copies the shared assemblies: never publish a plugin that way

id="$(dotnet msbuild "$project" -getProperty:PluginId -p:Configuration=Release)"
[[ -n $id ]] || { echo "build-plugin.sh: $project sets no <PluginId> (the module id, e.g. AntiFraudBrand)" >&2; exit 1; }

mkdir -p "$plugins"
target="$(cd "$plugins" && pwd)/$id"
rm -rf "$target"
dotnet publish "$project" -c Release -o "$target" -nologo -v q
# Pre-compressed copies and the dev-time manifests are not needed by the host.
find "$target" \( -name '*.gz' -o -name '*.br' -o -name '*.staticwebassets.*.json' \) -delete
echo "plugin $id → $target"
echo "run the host with:  --Modules:PluginDirectory=$(dirname "$target")   (or Modules__PluginDirectory=…)"
