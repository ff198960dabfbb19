#pragma once

#include "claims/cclffilename.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QFile;
class QTemporaryDir;

namespace aco {

// Writes one CCLF delivery as CMS sends it: the eleven fixed-width files under CMS's names, CRLF
// line ends, and CCLF0 with each file's record count and length; into a folder, or packed into
// one zip. Nothing is left behind unless finish() completes: a zip is built under a temporary
// name and renamed into place.
class CclfDeliveryWriter
{
public:
    enum class Packing { Folder, Zip };

    // `id` gives the ACO, kind, year, date and time (its `file` is ignored). For Packing::Zip,
    // `target` is the zip's path; for Folder, the folder the files go into (created if needed).
    CclfDeliveryWriter(const QString& target, const CclfFileName& id, Packing packing);
    ~CclfDeliveryWriter();
    CclfDeliveryWriter(const CclfDeliveryWriter&) = delete;
    CclfDeliveryWriter& operator=(const CclfDeliveryWriter&) = delete;

    // Appends a record (without line end) to `file`. Files nobody adds to are written empty.
    void add(CclfFile file, std::string_view record);
    std::int64_t records(CclfFile file) const;
    // Leaves `file` out of the delivery altogether (to make the incomplete deliveries that a
    // load must refuse).
    void leaveOut(CclfFile file);
    // Writes CCLF0 (when `withSummary`), closes the files and, for a zip, packs them.
    void finish(bool withSummary = true);

    // The name CMS gives a delivery's zip: P.A1234.ACO.ZCY25.D251215.T0112000.zip.
    static QString zipName(const CclfFileName& id);

private:
    struct Output;
    Output& output(CclfFile file);
    void flush(Output& out);
    void writeSummary();

    QString m_target;
    CclfFileName m_id;
    Packing m_packing;
    QString m_folder; // where the files are written
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::map<CclfFile, std::unique_ptr<Output>> m_outputs;
    std::vector<CclfFile> m_leftOut;
    bool m_finished = false;
};

} // namespace aco
