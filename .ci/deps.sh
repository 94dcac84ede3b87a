#!/bin/sh
# Installs the Debian packages fundplan needs, when missing: with apt-get when run as root,
# else prints the exact command to run. Usage: deps.sh build|test
set -eu

build="gcc make pkg-config libiniparser-dev libhpdf-dev libxlsxwriter-dev zlib1g-dev fonts-dejavu-core python3-fonttools"
test="$build poppler-utils qpdf python3-openpyxl libreoffice-calc-nogui valgrind clang libclang-rt-14-dev clang-format cppcheck"

case "${1:-build}" in
build) want=$build ;;
test) want=$test ;;
*) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "fundplan: installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
else
    echo "fundplan: missing Debian packages; run:" >&2
    echo "  sudo apt-get install$missing" >&2
    exit 1
fi
