#!/bin/sh
# Wrap dist/IncluCities.app (from `make package` on macOS) in a disk image for IT to
# distribute. Signing and notarisation need the organisation's Apple Developer ID:
#   codesign --deep --options runtime --sign "Developer ID Application: ..." dist/IncluCities.app
#   xcrun notarytool submit dist/IncluCities-VERSION.dmg --wait ...
set -eu
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
hdiutil create -volname IncluCities -srcfolder dist/IncluCities.app -ov -format UDZO \
    "dist/IncluCities-$VERSION.dmg"
