#include "scenarios/scenariostore.h"

#include "error.h"
#include "scenarios/scenariojson.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace aco {

namespace {

// ISO 8601 in UTC to the second ("2026-11-23T01:21:21Z"): sorts as text, reads in any time zone.
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

[[noreturn]] void missing(const Database& db, const QString& name)
{
    throw Error("'" + db.path().toStdString() + "' has no scenario named '" + name.toStdString() +
                    "'.",
                Error::Kind::Usage);
}

void requireName(const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error("A scenario needs a name that is not blank.", Error::Kind::Usage);
}

QString definition(const QString& name, const Scenario& scenario)
{
    Scenario named = scenario;
    named.name = name;
    // Validate before any write: scenarioToJson does not.
    named.validate();
    return QString::fromUtf8(QJsonDocument(scenarioToJson(named)).toJson(QJsonDocument::Compact));
}

} // namespace

ScenarioStore::ScenarioStore(Database& db) : m_db(db) {}

void ScenarioStore::save(const QString& name, const Scenario& scenario)
{
    requireName(name);
    const QString json = definition(name, scenario);
    const QString timestamp = now();
    Transaction transaction(m_db);
    // An upsert rather than INSERT OR REPLACE: REPLACE deletes the row, losing created_at and id.
    m_db.prepare("INSERT INTO scenario (name, year, definition, created_at, modified_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?4) "
                 "ON CONFLICT (name) DO UPDATE SET year = excluded.year, "
                 "definition = excluded.definition, modified_at = excluded.modified_at")
        .bind(1, name)
        .bind(2, scenario.year)
        .bind(3, json)
        .bind(4, timestamp)
        .run();
    transaction.commit();
}

Scenario ScenarioStore::load(const QString& name) const
{
    Statement query = m_db.prepare("SELECT definition FROM scenario WHERE name = ?1");
    query.bind(1, name);
    if (!query.step())
        missing(m_db, name);
    const QByteArray text = query.text(0).toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw Error("'" + m_db.path().toStdString() + "': scenario '" + name.toStdString() +
                        "' is not stored as a JSON object.",
                    Error::Kind::InvalidData);
    try {
        return scenarioFromJson(document.object());
    } catch (const Error& error) {
        throw Error("'" + m_db.path().toStdString() + "': scenario '" + name.toStdString() +
                        "': " + error.what(),
                    error.kind());
    }
}

bool ScenarioStore::contains(const QString& name) const
{
    Statement query = m_db.prepare("SELECT 1 FROM scenario WHERE name = ?1");
    query.bind(1, name);
    return query.step();
}

std::vector<QString> ScenarioStore::names() const
{
    Statement query = m_db.prepare("SELECT name FROM scenario ORDER BY name");
    std::vector<QString> result;
    while (query.step())
        result.push_back(query.text(0));
    return result;
}

void ScenarioStore::remove(const QString& name)
{
    Transaction transaction(m_db);
    m_db.prepare("DELETE FROM scenario WHERE name = ?1").bind(1, name).run();
    if (m_db.changes() == 0)
        missing(m_db, name);
    transaction.commit();
}

void ScenarioStore::requireFree(const QString& name) const
{
    requireName(name);
    if (contains(name))
        throw Error("'" + m_db.path().toStdString() + "' already has a scenario named '" +
                        name.toStdString() + "'; choose another name.",
                    Error::Kind::Usage);
}

void ScenarioStore::rename(const QString& from, const QString& to)
{
    Transaction transaction(m_db);
    const Scenario original = load(from);
    requireFree(to);
    m_db.prepare("UPDATE scenario SET name = ?2, definition = ?3, modified_at = ?4 WHERE name = ?1")
        .bind(1, from)
        .bind(2, to)
        .bind(3, definition(to, original))
        .bind(4, now())
        .run();
    transaction.commit();
}

void ScenarioStore::duplicate(const QString& from, const QString& to)
{
    Transaction transaction(m_db);
    const Scenario original = load(from);
    requireFree(to);
    const QString timestamp = now();
    m_db.prepare("INSERT INTO scenario (name, year, definition, created_at, modified_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?4)")
        .bind(1, to)
        .bind(2, original.year)
        .bind(3, definition(to, original))
        .bind(4, timestamp)
        .run();
    transaction.commit();
}

} // namespace aco
