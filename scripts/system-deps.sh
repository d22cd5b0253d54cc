#!/usr/bin/env bash
# The system packages Kancelaria needs besides Python's (Debian/Ubuntu, as root):
#   - WeasyPrint's libraries for the documents (letters and receipts as PDF): Pango with
#     its FreeType backend, HarfBuzz's subsetter (fonts are embedded as subsets), fontconfig;
#   - the font the PDFs are set in, DejaVu Sans (every Polish letter), and Liberation
#     (the metric twin of Arial, in which the DOCX are set, for LibreOffice).
# Installs only what is missing; with CHROMIUM=1 also Debian's chromium (browser tests); with
# CLUSTER=1 also Debian's haproxy (`make cluster`, tests/cluster, benchmarks/cluster.py); with
# PROXY=1 also Debian's varnish (`make start-proxy`, tests/proxy) and nginx and wrk (the
# benchmark benchmarks/proxy.py).
set -euo pipefail

packages=(
    libpango-1.0-0
    libpangoft2-1.0-0
    libharfbuzz-subset0
    fontconfig
    fonts-dejavu-core
    fonts-liberation
)
if [ "${CHROMIUM:-0}" = 1 ]; then
    packages+=(chromium)
fi
if [ "${CLUSTER:-0}" = 1 ]; then
    packages+=(haproxy)
fi
if [ "${PROXY:-0}" = 1 ]; then
    packages+=(varnish nginx wrk)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "System packages: all present (${packages[*]})."
    exit 0
fi

echo "System packages to install: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
