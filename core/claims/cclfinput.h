#pragma once

#include "claims/cclffilename.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace aco {

// A file's bytes, read in chunks: from a folder, or inflated from a zip as it is read.
class CclfByteStream
{
public:
    virtual ~CclfByteStream() = default;
    // Reads up to `size` bytes into `buffer`; returns how many, 0 at the end. A damaged zip or a
    // read error throws aco::Error naming the file.
    virtual std::int64_t read(char* buffer, std::int64_t size) = 0;
};

// One file of a delivery, as found.
struct CclfInputFile
{
    CclfFileName name;
    QString container; // the zip holding it, or empty for a file in a folder
    QString path;      // the file's path, or its entry name inside the zip
    std::int64_t size = 0;

    // "FOLDER/NAME" or "ZIP:ENTRY", for messages.
    QString displayName() const;
    // The file's base name, as CMS named it.
    QString baseName() const;
    std::unique_ptr<CclfByteStream> open() const;
};

// The files of one delivery: one ACO's files of one kind, year and date.
struct CclfDeliveryFiles
{
    QString source;  // the zip or folder they were found in
    CclfFileName id; // the name of one of them; its ACO, kind, year and date are the delivery's
    std::map<CclfFile, CclfInputFile> files;
};

// The deliveries in `paths`, oldest first (by file date, then kind): each path a zip as CMS
// delivers it (recognised by its content, since CMS's mailbox names have no extension) or a
// folder holding a delivery's files, its zips, or folders of either. Other files are ignored.
// Throws aco::Error (kind InvalidData for a damaged zip or two files of one kind in a delivery)
// naming the path when it cannot be read or holds no CCLF file.
std::vector<CclfDeliveryFiles> findCclfDeliveries(const std::vector<QString>& paths);

// Whether the file at `path` starts as a zip file does.
bool looksLikeZip(const QString& path);

} // namespace aco
