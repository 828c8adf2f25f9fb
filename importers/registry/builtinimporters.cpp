#include "registry/importerregistry.h"

#include "dockets/docketimporter.h"
#include "files/fileimporters.h"
#include "loadfiles/loadfileimporter.h"
#include "pdf/pdfimporter.h"
#include "posts/postsimporter.h"
#include "zip/zipimporter.h"

namespace Casebinder {

// One line per format. The order breaks ties between equally certain importers.
void registerBuiltinImporters(ImporterRegistry &registry)
{
    registry.add(std::make_unique<PdfImporter>());
    registry.add(std::make_unique<ZipImporter>());
    registry.add(std::make_unique<ImageImporter>());
    registry.add(std::make_unique<PostsImporter>());
    registry.add(std::make_unique<DocketImporter>());
    registry.add(std::make_unique<LoadFileImporter>());
    registry.add(std::make_unique<EmailImporter>());
    registry.add(std::make_unique<TextImporter>());
    registry.add(std::make_unique<OpaqueFileImporter>());
}

} // namespace Casebinder
