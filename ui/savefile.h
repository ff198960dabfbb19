#pragma once

#include <functional>

class QImage;
class QSaveFile;
class QString;

namespace aco::ui {

// Files that appear complete or not at all, through QSaveFile, with one wording for failures.

// Opens `file` for writing, readable by its owner only when asked (patient data); throws
// aco::Error "'PATH' cannot be written (why)."
void openSaveFile(QSaveFile& file, bool ownerOnly = false);
// Puts the written file in place; throws aco::Error "'PATH' could not be saved (why)."
void commitSaveFile(QSaveFile& file);

// Saves `image` as PNG at `path`. PNG compression of a large picture takes a tenth of a second
// and more, so windows call this on another thread; it is safe on any. `keepGoing`, asked before
// the file is put in place, may cancel it: `path` is then left as it was and aco::Error says so.
void savePng(const QImage& image, const QString& path, const std::function<bool()>& keepGoing = {});

} // namespace aco::ui
