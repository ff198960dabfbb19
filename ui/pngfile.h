#pragma once

#include <functional>

class QImage;
class QString;

namespace aco::ui {

// Saves `image` as PNG at `path` through a temporary file committed at the end, so that the file
// appears complete or not at all. PNG compression of a large picture takes a tenth of a second
// and more, so windows call this on another thread; it is safe on any. Throws aco::Error naming
// the file.
// `keepGoing`, asked before the file is put in place, may cancel it: `path` is then left as it
// was and aco::Error says so.
void savePng(const QImage& image, const QString& path,
             const std::function<bool()>& keepGoing = {});

} // namespace aco::ui
