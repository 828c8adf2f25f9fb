#pragma once

#include "result.h"

namespace Casebinder {

class CaseFile;

struct CaseCounts
{
    qint64 documents = 0;
    qint64 pages = 0;
    qint64 posts = 0;
    qint64 claims = 0;
    qint64 links = 0;
    qint64 events = 0;
    qint64 entities = 0;
    qint64 tags = 0;
    qint64 docketEntries = 0;
};

Result<CaseCounts> countCase(CaseFile &caseFile);

} // namespace Casebinder
