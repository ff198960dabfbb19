#include "claims/cclfload.h"

#include "claims/cclfinput.h"
#include "claims/cclfrecordreader.h"
#include "claims/cclfsummary.h"
#include "claims/claimsupkeep.h"
#include "claims/mbiregistry.h"
#include "claimsmeasures/claimsresults.h"
#include "error.h"
#include "export/exportlog.h"
#include "risk/riskrefresh.h"
#include "store/database.h"

#include <QDateTime>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace aco {

namespace {

constexpr std::int64_t progressEvery = 16384; // records between progress reports
// Of a load's progress, the share of reading and storing the records; computing the measures
// from the claims takes the rest up to 99%, the risk scores the last.
constexpr int readingShare = 70;

QString isoDate(int yyyymmdd)
{
    return QStringLiteral("%1-%2-%3")
        .arg(yyyymmdd / 10000, 4, 10, QLatin1Char('0'))
        .arg(yyyymmdd / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(yyyymmdd % 100, 2, 10, QLatin1Char('0'));
}

QString fileProblemName(const CclfInputFile& file)
{
    return file.displayName();
}

class Loader
{
public:
    Loader(Database& db, bool dryRun, const CclfProgress& progress)
        : m_db(db), m_write(!dryRun), m_progress(progress), m_mbis(db, !dryRun)
    {
        m_acoId = db.queryText("SELECT aco_id FROM aco WHERE id = 1");
        if (m_write) {
            for (GroupedTable table : {GroupedTable::PartA, GroupedTable::PartB, GroupedTable::Dme}) {
                auto unmatched = db.prepare(std::string("SELECT group_key FROM ") + groupedTableName(table) +
                                            " WHERE action = 2");
                while (unmatched.step())
                    m_context.unmatchedOf(table).insert(unmatched.int64(0));
            }
        }
    }

    void load(const std::vector<CclfDeliveryFiles>& deliveries)
    {
        for (const CclfDeliveryFiles& delivery : deliveries)
            for (const auto& [file, input] : delivery.files)
                m_totalBytes += input.size;
        for (size_t i = 0; i < deliveries.size(); ++i) {
            const CclfDeliveryFiles& d = deliveries[i];
            m_deliveryText = QStringLiteral("%1 delivery of %2 (%3 of %4)")
                                 .arg(CclfFileName::kindName(d.id.kind), isoDate(d.id.fileDate))
                                 .arg(i + 1)
                                 .arg(deliveries.size());
            m_deliveryText[0] = m_deliveryText[0].toUpper();
            loadDelivery(d);
        }
        report(m_write ? readingShare : 100, QStringLiteral("Done"));
    }

    CclfLoadResult& result() { return m_result; }
    const ClaimsChanges& changes() const { return m_context.changes; }

private:
    void report(int percent, const QString& what)
    {
        if (m_progress && !m_progress(percent, what))
            throw Error("Loading the CCLF delivery was cancelled; the file was left as it was.");
    }

    int percentDone(std::int64_t extraBytes) const
    {
        if (m_totalBytes <= 0)
            return 0;
        return static_cast<int>(std::min<std::int64_t>(readingShare, readingShare * (m_doneBytes + extraBytes) / m_totalBytes));
    }

    void fileProblem(const CclfInputFile& file, const QString& reason)
    {
        m_result.problems.add({fileProblemName(file), 0, 0, reason});
    }

    // Every file's name is recorded with the same SHA-256: the delivery was loaded before.
    std::optional<QString> loadedBefore(const CclfDeliveryFiles& delivery)
    {
        auto recorded = m_db.prepare(
            "SELECT f.sha256, d.loaded_at FROM cclf_delivery_file f JOIN cclf_delivery d ON d.id = f.delivery_id "
            "WHERE f.name = ?1 ORDER BY d.id DESC LIMIT 1");
        QString when;
        for (const auto& [file, input] : delivery.files) {
            if (file == CclfFile::Summary)
                continue;
            recorded.bind(1, input.baseName());
            if (!recorded.step()) {
                recorded.reset();
                return std::nullopt;
            }
            const QString sha = recorded.text(0);
            when = recorded.text(1);
            recorded.reset();
            // Same name: read the file to compare its hash.
            CclfRecordReader reader(input);
            std::string_view record;
            while (reader.next(record) != CclfRecordReader::Status::End) {
            }
            m_doneBytes += input.size;
            if (QString::fromLatin1(reader.sha256()) != sha)
                return std::nullopt;
        }
        return when;
    }

    void loadDelivery(const CclfDeliveryFiles& delivery)
    {
        CclfDeliveryLoad load;
        load.source = delivery.source;
        load.id = delivery.id;
        const CclfInputFile& first = delivery.files.begin()->second;
        if (!m_acoId.isEmpty() && delivery.id.acoId != m_acoId) {
            fileProblem(first, QStringLiteral("is ACO %1's file, not this ACO's (%2); load it into ACO "
                                              "%1's file")
                                   .arg(delivery.id.acoId, m_acoId));
            m_result.deliveries.push_back(load);
            return;
        }
        QStringList missing;
        for (CclfFile file : cclfDataFiles)
            if (!delivery.files.contains(file))
                missing << QString::fromStdString(cclfFileLabel(file));
        if (!missing.isEmpty()) {
            m_result.problems.add({delivery.source, 0, 0,
                                   QStringLiteral("the %1 delivery of %2 lacks %3; every delivery has "
                                                  "the eleven files CCLF1-9, A and B: download it again")
                                       .arg(CclfFileName::kindName(delivery.id.kind),
                                            isoDate(delivery.id.fileDate), missing.join(QStringLiteral(", ")))});
            m_result.deliveries.push_back(load);
            return;
        }
        if (m_write) {
            const std::int64_t before = m_doneBytes;
            if (const auto when = loadedBefore(delivery)) {
                load.alreadyLoaded = true;
                load.loadedBefore = *when;
                m_result.deliveries.push_back(load);
                return;
            }
            m_doneBytes = before;
        }

        const bool write = m_write && m_result.problems.empty();
        std::int64_t deliveryId = 0;
        if (write) {
            auto insert = m_db.prepare(R"sql(
                INSERT INTO cclf_delivery (aco_id, kind, performance_year, file_date, file_time, source,
                                           loaded_at, loaded_by)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
            insert.bind(1, delivery.id.acoId)
                .bind(2, CclfFileName::kindName(delivery.id.kind))
                .bind(3, delivery.id.performanceYear)
                .bind(4, isoDate(delivery.id.fileDate))
                .bind(5, delivery.id.fileTime)
                .bind(6, QFileInfo(delivery.source).absoluteFilePath())
                .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                .bind(8, currentUserName())
                .run();
            deliveryId = m_db.lastInsertId();
            m_context.changes.deliveries.push_back(deliveryId);
        }
        m_context.deliveryId = deliveryId;

        std::optional<CclfSummary> summary;
        if (const auto it = delivery.files.find(CclfFile::Summary); it != delivery.files.end()) {
            std::vector<std::pair<int, std::string>> problems;
            summary = CclfSummary::read(it->second, problems);
            for (const auto& [line, reason] : problems)
                m_result.problems.add({fileProblemName(it->second), line, 1, QString::fromStdString(reason)});
            m_doneBytes += it->second.size;
        }

        for (CclfFile file : cclfDataFiles) {
            const CclfInputFile& input = delivery.files.at(file);
            try {
                load.files.push_back(loadFile(input, summary, write));
            } catch (const Error& error) {
                if (error.kind() != Error::Kind::InvalidData)
                    throw;
                fileProblem(input, QString::fromStdString(error.what()));
            }
            if (write && !load.files.empty() && load.files.back().file == file)
                recordFile(deliveryId, load.files.back());
        }
        if (write)
            updateFinalActions(m_db, m_context);
        m_result.deliveries.push_back(load);
    }

    CclfFileLoad loadFile(const CclfInputFile& input, const std::optional<CclfSummary>& summary, bool write)
    {
        m_context.write = write;
        CclfFileLoad loaded;
        loaded.file = input.name.file;
        loaded.name = input.baseName();
        // "Monthly delivery of 2025-12-15 (3 of 45): CCLF5 Part B Physicians File"
        const QString what = QStringLiteral("%1: %2 %3")
                                 .arg(m_deliveryText, QString::fromStdString(cclfFileLabel(input.name.file)),
                                      QString::fromLatin1(cclfFileDescription(input.name.file)));
        report(percentDone(0), what);

        CclfRecordReader reader(input);
        std::optional<CclfFieldReader> fields;
        std::unique_ptr<RecordIngester> ingester;
        std::string_view record;
        for (;;) {
            const auto status = reader.next(record);
            if (status == CclfRecordReader::Status::End)
                break;
            if (status == CclfRecordReader::Status::WrongLength) {
                m_result.problems.add(
                    {fileProblemName(input), reader.line(), static_cast<int>(std::min<size_t>(record.size(), 99999)) + 1,
                     QStringLiteral("the record is %1 bytes long; %2 records are %3 bytes (was the "
                                    "file cut short or changed? download the delivery again)")
                         .arg(record.size())
                         .arg(QString::fromStdString(cclfFileLabel(input.name.file)))
                         .arg(QString::fromStdString(reader.expectedLengths()))});
                continue;
            }
            if (!fields) {
                fields.emplace(*reader.layout(), fileProblemName(input), m_result.problems);
                ingester = makeIngester(input.name.file, *reader.layout(), m_context);
            }
            fields->start(record, reader.line());
            ingester->ingest(*fields);
            if (reader.records() % progressEvery == 0)
                report(percentDone(reader.bytesRead()), what);
        }
        if (ingester)
            ingester->finish();
        if (input.name.file == CclfFile::PartAHeader && !ingester)
            std::sort(m_context.headerIds.begin(), m_context.headerIds.end());
        m_doneBytes += reader.bytesRead();

        loaded.records = reader.records();
        loaded.recordLength = reader.layout() ? reader.layout()->recordLength()
                                              : cclfRecordLengths(input.name.file).front();
        loaded.sha256 = QString::fromLatin1(reader.sha256());
        if (ingester) {
            loaded.inserted = ingester->inserted;
            loaded.duplicates = ingester->duplicates;
            loaded.replaced = ingester->replaced;
        }
        if (summary) {
            const auto it = summary->files.find(input.name.file);
            if (it == summary->files.end())
                fileProblem(input, QStringLiteral("is not in the delivery's summary file (CCLF0)"));
            else if (it->second.records != loaded.records ||
                     (loaded.records > 0 && it->second.recordLength != loaded.recordLength))
                fileProblem(input, QStringLiteral("holds %1 records of %2 bytes, but the summary file "
                                                  "(CCLF0) says %3 of %4: it was cut short or changed "
                                                  "in transfer; download the delivery again")
                                       .arg(loaded.records)
                                       .arg(loaded.recordLength)
                                       .arg(it->second.records)
                                       .arg(it->second.recordLength));
        }
        if (input.name.file == CclfFile::MbiXref && write)
            applyMbiMoves(m_db, m_mbis, m_mbis.resolve(m_result.notes), m_context);
        else if (input.name.file == CclfFile::MbiXref)
            m_mbis.resolve(m_result.notes);
        return loaded;
    }

    void recordFile(std::int64_t deliveryId, const CclfFileLoad& file)
    {
        auto insert = m_db.prepare(R"sql(
            INSERT INTO cclf_delivery_file (delivery_id, file, name, records, record_length, sha256,
                                            new_records, duplicates, replaced)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
        insert.bind(1, deliveryId)
            .bind(2, std::string_view(cclfFileLabel(file.file)))
            .bind(3, file.name)
            .bind(4, file.records)
            .bind(5, file.recordLength)
            .bind(6, file.sha256)
            .bind(7, file.inserted)
            .bind(8, file.duplicates)
            .bind(9, file.replaced)
            .run();
    }

    Database& m_db;
    bool m_write;
    const CclfProgress& m_progress;
    MbiRegistry m_mbis;
    CclfLoadResult m_result;
    IngestContext m_context{m_db, m_write, 0, m_mbis, m_result.delivered, {}, {}, {}, {}, {}};
    QString m_acoId;
    QString m_deliveryText; // which delivery is read, for progress
    std::int64_t m_totalBytes = 0;
    std::int64_t m_doneBytes = 0;
};

} // namespace

CclfLoadResult loadCclf(Database& db, const std::vector<QString>& paths, bool dryRun, const CclfProgress& progress)
{
    const std::vector<CclfDeliveryFiles> deliveries = findCclfDeliveries(paths);
    // A month's claims touch pages all over the claims tables' indexes: a larger page cache for
    // the load (256 MB) saves rereading them. The memory map that speeds reading is off meanwhile:
    // over a gigabyte of claims it would keep every page read resident as well.
    const std::int64_t cacheSize = db.queryInt64("PRAGMA cache_size");
    const std::int64_t mmapSize = db.queryInt64("PRAGMA mmap_size");
    db.exec("PRAGMA cache_size = -262144; PRAGMA mmap_size = 0");
    struct Restore
    {
        Database& db;
        std::string pragmas;
        ~Restore() { sqlite3_exec(db.handle(), pragmas.c_str(), nullptr, nullptr, nullptr); }
    } restore{db, "PRAGMA cache_size = " + std::to_string(cacheSize) + "; PRAGMA mmap_size = " + std::to_string(mmapSize)};
    std::optional<Transaction> transaction;
    if (!dryRun)
        transaction.emplace(db);
    Loader loader(db, dryRun, progress);
    loader.load(deliveries);
    CclfLoadResult result = std::move(loader.result());
    const bool anythingNew = std::any_of(result.deliveries.begin(), result.deliveries.end(),
                                         [](const CclfDeliveryLoad& d) { return !d.alreadyLoaded; });
    if (transaction && result.ok() && anythingNew) {
        // The measures of every month the claims reach, in the same transaction.
        const auto measuring = [&](int percent) {
            if (progress && !progress(readingShare + (99 - readingShare) * percent / 100,
                                      QStringLiteral("Computing the measures from the claims")))
                throw Error("Loading the CCLF delivery was cancelled; the file was left as it was.");
            return true;
        };
        measuring(0);
        // Reading every claim once wants little cache; the memory goes to what is read.
        db.exec("PRAGMA cache_size = -65536");
        result.measures = recomputeClaimsMeasures(db, loader.changes(), measuring);
        refreshRiskScores(db, loader.changes(), result, progress); // the risk scores of the years whose claims changed
        transaction->commit();
        // Copies the load into the file now, while nothing is mapped, and empties the log.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        result.written = true;
    }
    return result;
}

} // namespace aco
