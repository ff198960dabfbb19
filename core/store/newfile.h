#pragma once

#include <QString>

#include <functional>
#include <string>

namespace aco {

class Store;

// Builds a new ACO Workbench file at `path`: `fill` writes it under a temporary name beside the
// target, and the result is renamed into place only when `fill` returns true. Readers of `path`
// never see a half-written file, and a failure (`fill` throws), a cancel or `fill` returning
// false leaves `path` as it was. An existing file is replaced only when `replace` is true. `what`
// names the new file in messages ("the demo ACO"). Returns whether the file was put in place.
bool buildNewFile(const QString& path, bool replace, const std::string& what,
                  const std::function<bool(Store& store)>& fill);

} // namespace aco
