# Checks that the packaging metadata agrees with itself and with the project:
#   cmake -DSOURCE_DIR=<repo> -DVERSION=<project version> -P check-metadata.cmake
# - the newest <release> in the AppStream file is the project version (add one when bumping the version);
# - the desktop file, metainfo and Flatpak manifest all use the app id app.billhook.Billhook;
# - every hicolor PNG exists with the size its folder names, and the .ico, .icns and .svg are what they claim.
cmake_minimum_required(VERSION 3.21)
set(app_id app.billhook.Billhook)
set(errors "")
# expect(<message> <condition>...): records <message> unless the if() condition holds.
macro(expect message)
    if(NOT (${ARGN}))
        list(APPEND errors "${message}")
    endif()
endmacro()

# AppStream metadata.
file(READ ${SOURCE_DIR}/packaging/linux/${app_id}.metainfo.xml metainfo)
string(REGEX MATCH "<release [^>]*version=\"([^\"]+)\"" _ "${metainfo}")
set(release "${CMAKE_MATCH_1}")
expect("newest <release> in ${app_id}.metainfo.xml is '${release}', the project version is '${VERSION}'" "${release}" STREQUAL "${VERSION}")
string(FIND "${metainfo}" "<id>${app_id}</id>" at)
expect("metainfo <id> is not ${app_id}" at GREATER -1)
string(FIND "${metainfo}" "<launchable type=\"desktop-id\">${app_id}.desktop</launchable>" at)
expect("metainfo <launchable> is not ${app_id}.desktop" at GREATER -1)

# Desktop file.
file(STRINGS ${SOURCE_DIR}/packaging/linux/${app_id}.desktop desktop)
expect("desktop file: Icon is not ${app_id}" "Icon=${app_id}" IN_LIST desktop)
expect("desktop file: Exec is not billhook" "Exec=billhook" IN_LIST desktop)

# Flatpak manifest.
file(STRINGS ${SOURCE_DIR}/packaging/flatpak/${app_id}.yml manifest)
expect("Flatpak manifest: id is not ${app_id}" "id: ${app_id}" IN_LIST manifest)

# Icons.
set(icons ${SOURCE_DIR}/resources/icons)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${icons}/hicolor/${size}x${size}/apps/${app_id}.png)
    if(NOT EXISTS ${png})
        list(APPEND errors "missing ${png}")
        continue()
    endif()
    # PNG: 8-byte signature, then the IHDR chunk whose data starts with 4-byte big-endian width and height.
    file(READ ${png} head LIMIT 24 HEX)
    string(SUBSTRING "${head}" 0 16 signature)
    string(SUBSTRING "${head}" 32 8 width_hex)
    string(SUBSTRING "${head}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    expect("${png} is not a PNG" "${signature}" STREQUAL "89504e470d0a1a0a")
    expect("${png} is ${width}x${height}, not ${size}x${size}" width EQUAL size AND height EQUAL size)
endforeach()
file(READ ${icons}/billhook.ico head LIMIT 4 HEX)
expect("billhook.ico is not a Windows icon" "${head}" STREQUAL "00000100")
file(READ ${icons}/billhook.icns head LIMIT 4 HEX)
expect("billhook.icns is not a macOS icon" "${head}" STREQUAL "69636e73")
file(READ ${icons}/billhook.svg svg)
string(FIND "${svg}" "<svg" at)
expect("billhook.svg is not an SVG" at GREATER -1)

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "Packaging metadata problems:\n  ${text}")
endif()
message(STATUS "Packaging metadata agrees with version ${VERSION} and app id ${app_id}")
