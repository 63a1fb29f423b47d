#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Refreshes the issuer icons in resources/brands/ from the CC0 simple-icons package on the npm
# registry: the brands listed in resources/brands/brands.txt become resources/brands/<slug>.svg,
# and resources/brands/brands.json gets each brand's title, colour and the names an issuer may
# use for it (IssuerIconCatalog reads it). The package is pinned by version and checksum so a run
# gives the same files until someone moves the pin on purpose.
#
# Needs node and npm (only to run this script, not to build Tessera). Usage:
#   tools/update-brand-icons.sh
set -euo pipefail

version=16.37.0
sha256=cd9faf0e6faa8a8fdd15e9632ab4c86fcae4b986fe552b87673149847f2f671d

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
brands_dir="$root/resources/brands"
list="$brands_dir/brands.txt"

for tool in npm node tar sha256sum; do
    if ! command -v "$tool" >/dev/null; then
        echo "update-brand-icons: $tool is needed (Debian: apt-get install nodejs npm)" >&2
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "simple-icons@$version" >/dev/null)
tarball="$work/simple-icons-$version.tgz"
if ! echo "$sha256  $tarball" | sha256sum --check --status; then
    echo "update-brand-icons: simple-icons-$version.tgz does not have the pinned checksum" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$work"
package="$work/package"

# Old icons go first, so a brand taken off the list does not linger.
find "$brands_dir" -maxdepth 1 -name '*.svg' -delete

# node does the JSON work: it reads the package's data file and writes brands.json. Icons with a
# licence other than CC0 in the package data are left out, as are slugs the version lacks.
node - "$package" "$list" "$brands_dir" "$version" <<'NODE'
const fs = require("fs");
const path = require("path");
const [packageDir, listFile, outDir, version] = process.argv.slice(2);

const data = JSON.parse(fs.readFileSync(path.join(packageDir, "data", "simple-icons.json"), "utf8"));
const icons = new Map(data.map((icon) => [icon.slug, icon]));

const brands = [];
const missing = [];
const notCc0 = [];
for (const raw of fs.readFileSync(listFile, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [slug, ...domains] = line.split(/\s+/);
    const icon = icons.get(slug);
    const svg = path.join(packageDir, "icons", `${slug}.svg`);
    if (!icon || !fs.existsSync(svg)) {
        missing.push(slug);
        continue;
    }
    if (icon.license && icon.license.type !== "CC0-1.0") {
        notCc0.push(`${slug} (${icon.license.type})`);
        continue;
    }
    fs.copyFileSync(svg, path.join(outDir, `${slug}.svg`));
    const aliases = new Set([icon.title.toLowerCase()]);
    for (const aka of (icon.aliases && icon.aliases.aka) || []) aliases.add(aka.toLowerCase());
    for (const domain of domains) aliases.add(domain.toLowerCase());
    brands.push({ slug, title: icon.title, hex: icon.hex.toUpperCase(), aliases: [...aliases] });
}

const out = { source: `simple-icons ${version} (CC0-1.0), https://simpleicons.org`, brands };
fs.writeFileSync(path.join(outDir, "brands.json"), JSON.stringify(out, null, 1) + "\n");
console.log(`update-brand-icons: ${brands.length} icons from simple-icons ${version}`);
if (missing.length) console.log(`update-brand-icons: not in this version: ${missing.join(" ")}`);
if (notCc0.length) console.log(`update-brand-icons: left out (not CC0): ${notCc0.join(" ")}`);
NODE

{
    echo "The brand icons in this folder (*.svg) and their titles and colours in brands.json come"
    echo "from Simple Icons $version (https://simpleicons.org, npm package simple-icons), released"
    echo "under CC0 1.0 Universal, reproduced below. The brands themselves are trademarks of their"
    echo "owners; Tessera shows them only to help people recognise which service an account is for."
    echo "brands.txt and the aliases in brands.json are Tessera's (GPL-3.0-or-later)."
    echo
    cat "$package/LICENSE.md"
} >"$brands_dir/LICENSE"
