#!/usr/bin/env bash
# Consumer test: pack Statements and Statements.Html to a local folder, build a fresh console project in a
# temporary directory that takes both packages from that folder only, run it, and check its output.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/Statements" -c Release -o "$work/feed" --nologo -v q >/dev/null
dotnet pack "$root/src/Statements.Html" -c Release -o "$work/feed" --nologo -v q >/dev/null
version=$(ls "$work/feed" | sed -n 's/^Statements\.\(.*\)\.nupkg$/\1/p' | head -n 1)

mkdir -p "$work/app"
cp "$root/tests/Consumer/Program.cs" "$work/app/Program.cs"
cat > "$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Statements" Version="$version" />
    <PackageReference Include="Statements.Html" Version="$version" />
  </ItemGroup>
</Project>
XML
# The packed folder is added to the machine's usual package sources; the check below proves that the
# Statements package restored is the one just packed.
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
# A private package cache, so a package packed again under the same version is never served stale.
export NUGET_PACKAGES="$work/packages"
mkdir -p "$NUGET_PACKAGES"
cp -r "${HOME}/.nuget/packages/diffplex" "${HOME}/.nuget/packages/lucene.net" "${HOME}/.nuget/packages/lucene.net.analysis.common" "${HOME}/.nuget/packages/j2n" "${HOME}/.nuget/packages/anglesharp" "$NUGET_PACKAGES/" 2>/dev/null || true

if ! output=$(cd "$work/app" && dotnet run -c Release --nologo 2>&1); then
  echo "$output"
  echo "consumer test failed: the program did not build or run"
  exit 1
fi
for id in Statements Statements.Html; do
  lower=$(tr '[:upper:]' '[:lower:]' <<<"$id")
  if ! cmp -s "$NUGET_PACKAGES/$lower/$version/$lower.$version.nupkg" "$work/feed/$id.$version.nupkg"; then
    echo "consumer test failed: the restored $id package is not the one packed from this tree"
    exit 1
  fi
done
echo "$output"
grep -qx "sides: China | United States" <<<"$output"
grep -qx "shared tone: candid" <<<"$output"
grep -q "left only: in-depth" <<<"$output"
grep -q "right only: constructive" <<<"$output"
grep -qx "requested by: Joe Biden" <<<"$output"
grep -qx "json round trip: 2 readouts, same rows" <<<"$output"
grep -qx "html page: United States, 2024-04-02, Readout of the call" <<<"$output"
grep -q "^html report: [0-9]* characters, no script$" <<<"$output"
echo "consumer test passed (Statements and Statements.Html $version from a local package folder)"
