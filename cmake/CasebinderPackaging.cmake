# `cpack -G DEB` in the build directory makes a Debian package of what `install` puts in place.
# The export fonts are loaded from their Debian paths at run time (report/exportfonts.cpp)
# and embedded in every PDF, so they are dependencies like the shared libraries.
set(CASEBINDER_FONT_PACKAGES
    fonts-dejavu-core fonts-noto-core fonts-wqy-microhei fonts-symbola)

set(CPACK_PACKAGE_NAME casebinder)
set(CPACK_PACKAGE_CONTACT "Casebinder maintainers <casebinder@casebinder.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, Poppler, QuaZip, SQLite, OpenSSL from the binaries
list(JOIN CASEBINDER_FONT_PACKAGES ", " casebinder_font_depends)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${casebinder_font_depends}, libqt6sql6-sqlite, qt6-qpa-plugins")
include(CPack)
