#include "casestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

#include <array>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

struct KnownFileSystem
{
    quint64 type;
    const char *name;
    bool network;
};

// statfs(2) magic numbers (linux/magic.h and the file systems' own sources).
constexpr std::array KnownFileSystems{
    KnownFileSystem{0x6969, "NFS", true},
    KnownFileSystem{0x517B, "SMB/CIFS", true},
    KnownFileSystem{0xFE534D42, "SMB/CIFS", true}, // SMB2
    KnownFileSystem{0xFF534D42, "SMB/CIFS", true}, // CIFS
    KnownFileSystem{0x65735546, "FUSE (e.g. sshfs)", true},
    KnownFileSystem{0x01021997, "9P (e.g. a virtual machine's shared folder)", true},
    KnownFileSystem{0x00C36400, "Ceph", true},
    KnownFileSystem{0x5346414F, "AFS", true},
    KnownFileSystem{0x6B414653, "AFS", true}, // kAFS
    KnownFileSystem{0x73757245, "Coda", true},
    KnownFileSystem{0x564C, "NCP (NetWare)", true},
    KnownFileSystem{0x47504653, "GPFS", true},
    KnownFileSystem{0x0BD00BD0, "Lustre", true},
    KnownFileSystem{0x786F4256, "VirtualBox shared folder", true}, // vboxsf
    KnownFileSystem{0xBACBACBC, "VMware shared folder", true},     // vmhgfs
    KnownFileSystem{0xEF53, "ext2/ext3/ext4", false},
    KnownFileSystem{0x58465342, "XFS", false},
    KnownFileSystem{0x9123683E, "Btrfs", false},
    KnownFileSystem{0x01021994, "tmpfs", false},
    KnownFileSystem{0x794C7630, "overlayfs", false},
    KnownFileSystem{0x2FC12FC1, "ZFS", false},
    KnownFileSystem{0xF2F52010, "F2FS", false},
    KnownFileSystem{0x3153464A, "JFS", false},
    KnownFileSystem{0x52654973, "ReiserFS", false},
    KnownFileSystem{0x4D44, "FAT", false},
    KnownFileSystem{0x2011BAB0, "exFAT", false},
    KnownFileSystem{0x5346544E, "NTFS", false},
    KnownFileSystem{0x7366746E, "NTFS", false}, // ntfs3
    KnownFileSystem{0xCAFE4A11, "BPF", false},
    KnownFileSystem{0x9FA0, "proc", false},
    KnownFileSystem{0x62656572, "sysfs", false},
};

} // namespace

FileSystemKind fileSystemKindOf(quint64 statfsType)
{
    // f_type is a signed word on some ABIs: compare the low 32 bits only.
    const quint64 type = statfsType & 0xFFFFFFFFu;
    for (const KnownFileSystem &known : KnownFileSystems) {
        if (known.type == type)
            return {type, QString::fromLatin1(known.name), known.network};
    }
    return {type, u"unknown (0x%1)"_s.arg(type, 0, 16), false};
}

std::optional<quint64> injectedFileSystemTypeForTests()
{
    const QByteArray value = qgetenv("CASEBINDER_TEST_FSTYPE");
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const quint64 type = value.toULongLong(&ok, 0);
    if (!ok)
        return std::nullopt;
    return type;
}

Result<FileSystemKind> fileSystemOf(const QString &path)
{
    if (const auto injected = injectedFileSystemTypeForTests())
        return fileSystemKindOf(*injected);
    struct statfs info = {};
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return fail(
            Error::Code::Io,
            u"%1: cannot tell which file system holds the case: %2"_s.arg(
                QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    return fileSystemKindOf(quint64(info.f_type));
}

QString CaseStorage::warning(const QString &casePath) const
{
    if (!isNetwork())
        return {};
    const QString name = QDir::toNativeSeparators(QFileInfo(casePath).fileName());
    const QString where = QCoreApplication::translate(
                              "CaseStorage",
                              "%1 is on a network file system (%2), where SQLite's shared-memory "
                              "journal (WAL) is not safe.")
                              .arg(name, fileSystem.name);
    const QString journal
        = journalMode == u"wal"
              ? QCoreApplication::translate(
                  "CaseStorage",
                  "The case still uses WAL: open it for writing once, while no other program "
                  "has it open, and Casebinder switches it to a rollback journal.")
              : QCoreApplication::translate(
                  "CaseStorage",
                  "Casebinder uses a rollback journal for this case: saving is slower, and the "
                  "case must never be open on two computers at the same time.");
    const QString instead = QCoreApplication::translate(
        "CaseStorage",
        "To work safely, copy the case to a local disk (File > Save a Copy) and work on the copy. "
        "Working on one case with colleagues at the same time needs the Casebinder team server, "
        "which is not available yet.");
    return where + u' ' + journal + u' ' + instead;
}

} // namespace Casebinder
