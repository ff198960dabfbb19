#include "scenarios/scenariojson.h"

#include "error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace aco {

namespace {

[[noreturn]] void fail(const QString& field, const QString& reason)
{
    throw Error(QStringLiteral("Scenario field %1: %2").arg(field, reason).toStdString(),
                Error::Kind::InvalidData);
}

// Reads one JSON object and refuses any key it was not asked for, so that a misspelt field is
// an error rather than a silently ignored default.
class StrictObject
{
  public:
    StrictObject(const QJsonObject& object, QString path)
        : m_object(object), m_path(std::move(path))
    {
    }

    QString field(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    const QJsonValue* find(const QString& key)
    {
        m_known.append(key);
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd())
            return nullptr;
        m_value = *it;
        return &m_value;
    }
    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue* v = find(key);
        if (!v)
            return fallback;
        if (!v->isBool())
            fail(field(key), QStringLiteral("must be true or false."));
        return v->toBool();
    }
    double number(const QString& key, double fallback)
    {
        const QJsonValue* v = find(key);
        if (!v)
            return fallback;
        if (!v->isDouble())
            fail(field(key), QStringLiteral("must be a number."));
        return v->toDouble();
    }
    std::int64_t integer(const QString& key, std::int64_t fallback)
    {
        const QJsonValue* v = find(key);
        if (!v)
            return fallback;
        const double d = v->isDouble() ? v->toDouble() : 0.5;
        // Beyond 2^53 a JSON number is no longer an exact integer.
        if (d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
            fail(field(key), QStringLiteral("must be a whole number."));
        return static_cast<std::int64_t>(d);
    }
    int smallInteger(const QString& key, int fallback)
    {
        const std::int64_t value = integer(key, fallback);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            fail(field(key), QStringLiteral("is out of range."));
        return static_cast<int>(value);
    }
    QString string(const QString& key, const QString& fallback)
    {
        const QJsonValue* v = find(key);
        if (!v)
            return fallback;
        if (!v->isString())
            fail(field(key), QStringLiteral("must be a string."));
        return v->toString();
    }
    template <typename T>
    T choice(const QString& key, T fallback, std::initializer_list<std::pair<const char*, T>> names)
    {
        const QString text = string(key, QString());
        if (!find(key))
            return fallback;
        QStringList known;
        for (const auto& [name, value] : names) {
            if (text == QLatin1String(name))
                return value;
            known.append(QLatin1String(name));
        }
        fail(field(key), QStringLiteral("unknown value \"%1\"; expected %2.")
                             .arg(text, known.join(QStringLiteral(", "))));
    }
    std::optional<StrictObject> object(const QString& key)
    {
        const QJsonValue* v = find(key);
        if (!v)
            return std::nullopt;
        if (!v->isObject())
            fail(field(key), QStringLiteral("must be an object."));
        return StrictObject(v->toObject(), field(key));
    }
    // Call when every key has been read.
    void finish() const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!m_known.contains(it.key()))
                fail(field(it.key()), QStringLiteral("is not a known field."));
    }

  private:
    QJsonObject m_object;
    QString m_path;
    QStringList m_known;
    QJsonValue m_value;
};

QString levelKey(Level level)
{
    return level == Level::Practice     ? QStringLiteral("practice")
           : level == Level::Department ? QStringLiteral("department")
                                        : QStringLiteral("individual");
}

} // namespace

QJsonObject scenarioToJson(const Scenario& s)
{
    QJsonObject source;
    if (s.source == Scenario::Source::Mssp) {
        source[QStringLiteral("kind")] = QStringLiteral("mssp");
        source[QStringLiteral("year")] = s.year;
        source[QStringLiteral("expenditureChange")] = s.expenditureChange;
        if (s.qualityScore)
            source[QStringLiteral("qualityScore")] = *s.qualityScore;
    } else {
        source[QStringLiteral("kind")] = QStringLiteral("amount");
        source[QStringLiteral("amountCents")] = static_cast<double>(s.amountCents);
        if (s.year != 0)
            source[QStringLiteral("year")] = s.year;
    }
    QJsonObject eligibility{{QStringLiteral("level"), levelKey(s.level)},
                            {QStringLiteral("primaryCare"), s.primaryCare},
                            {QStringLiteral("specialists"), s.specialists},
                            {QStringLiteral("employed"), s.employed},
                            {QStringLiteral("independent"), s.independent},
                            {QStringLiteral("minimumBeneficiaries"), s.minimumBeneficiaries}};
    if (s.engagement)
        eligibility[QStringLiteral("engagement")] =
            QJsonObject{{QStringLiteral("code"), s.engagement->code},
                        {QStringLiteral("minimum"), s.engagement->minimum}};
    QJsonArray measures;
    for (const ScenarioMeasure& m : s.measures)
        measures.append(QJsonObject{{QStringLiteral("code"), m.code},
                                    {QStringLiteral("weight"), m.weightBasisPoints}});
    const QString basis = s.basis == Scenario::Basis::Tiers ? QStringLiteral("tiers")
                          : s.basis == Scenario::Basis::Beneficiaries
                              ? QStringLiteral("beneficiaries")
                              : QStringLiteral("equal");
    QJsonObject json{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("source"), source},
        {QStringLiteral("split"),
         QJsonObject{{QStringLiteral("infrastructure"), s.infrastructureBasisPoints},
                     {QStringLiteral("careRedesign"), s.careRedesignBasisPoints},
                     {QStringLiteral("providers"), s.providerBasisPoints},
                     {QStringLiteral("reserve"), s.reserveBasisPoints}}},
        {QStringLiteral("eligibility"), eligibility},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("basis"), basis},
                     {QStringLiteral("maximumBy"), s.maximumBy == Scenario::MaximumBy::Equal
                                                       ? QStringLiteral("equal")
                                                       : QStringLiteral("beneficiaries")},
                     {QStringLiteral("measures"), measures},
                     {QStringLiteral("unearned"), s.unearned == Scenario::Unearned::ToEarners
                                                      ? QStringLiteral("earners")
                                                      : QStringLiteral("infrastructure")}}},
        {QStringLiteral("losses"),
         QJsonObject{
             {QStringLiteral("bearer"), s.lossBearer == Scenario::LossBearer::ProRata
                                            ? QStringLiteral("proRata")
                                            : QStringLiteral("employedGroup")},
             {QStringLiteral("shieldIndependent"), s.shieldIndependent},
             {QStringLiteral("priorReserveCents"), static_cast<double>(s.priorReserveCents)}}},
    };
    // Only when set, so that a plan without it reads exactly as before the field existed.
    if (s.expenditureCv || s.qualitySd != 0.0) {
        QJsonObject uncertainty{{QStringLiteral("qualitySd"), s.qualitySd}};
        if (s.expenditureCv)
            uncertainty[QStringLiteral("expenditureCv")] = *s.expenditureCv;
        json[QStringLiteral("uncertainty")] = uncertainty;
    }
    return json;
}

Scenario scenarioFromJson(const QJsonObject& json)
{
    Scenario s;
    StrictObject root(json, QString());
    s.name = root.string(QStringLiteral("name"), QString());
    if (auto source = root.object(QStringLiteral("source"))) {
        s.source = source->choice(
            QStringLiteral("kind"), Scenario::Source::Mssp,
            {{"mssp", Scenario::Source::Mssp}, {"amount", Scenario::Source::Amount}});
        s.year = source->smallInteger(QStringLiteral("year"), 0);
        s.expenditureChange = source->number(QStringLiteral("expenditureChange"), 0.0);
        if (source->find(QStringLiteral("qualityScore")))
            s.qualityScore = source->number(QStringLiteral("qualityScore"), 0.0);
        s.amountCents = source->integer(QStringLiteral("amountCents"), 0);
        source->finish();
    }
    if (auto split = root.object(QStringLiteral("split"))) {
        s.infrastructureBasisPoints = split->smallInteger(QStringLiteral("infrastructure"), 0);
        s.careRedesignBasisPoints = split->smallInteger(QStringLiteral("careRedesign"), 0);
        s.providerBasisPoints = split->smallInteger(QStringLiteral("providers"), 0);
        s.reserveBasisPoints = split->smallInteger(QStringLiteral("reserve"), 0);
        split->finish();
    }
    if (auto e = root.object(QStringLiteral("eligibility"))) {
        s.level = e->choice(QStringLiteral("level"), Level::Provider,
                            {{"individual", Level::Provider},
                             {"practice", Level::Practice},
                             {"department", Level::Department}});
        s.primaryCare = e->boolean(QStringLiteral("primaryCare"), true);
        s.specialists = e->boolean(QStringLiteral("specialists"), true);
        s.employed = e->boolean(QStringLiteral("employed"), true);
        s.independent = e->boolean(QStringLiteral("independent"), true);
        s.minimumBeneficiaries = e->smallInteger(QStringLiteral("minimumBeneficiaries"), 0);
        if (auto rule = e->object(QStringLiteral("engagement"))) {
            const QString code = rule->string(QStringLiteral("code"), QString());
            s.engagement = EngagementRule{code, rule->number(QStringLiteral("minimum"), 0.0)};
            rule->finish();
        }
        e->finish();
    }
    if (auto p = root.object(QStringLiteral("payment"))) {
        s.basis = p->choice(QStringLiteral("basis"), Scenario::Basis::Tiers,
                            {{"tiers", Scenario::Basis::Tiers},
                             {"beneficiaries", Scenario::Basis::Beneficiaries},
                             {"equal", Scenario::Basis::Equal}});
        s.maximumBy = p->choice(QStringLiteral("maximumBy"), Scenario::MaximumBy::Beneficiaries,
                                {{"beneficiaries", Scenario::MaximumBy::Beneficiaries},
                                 {"equal", Scenario::MaximumBy::Equal}});
        s.unearned = p->choice(QStringLiteral("unearned"), Scenario::Unearned::ToInfrastructure,
                               {{"infrastructure", Scenario::Unearned::ToInfrastructure},
                                {"earners", Scenario::Unearned::ToEarners}});
        if (const QJsonValue* v = p->find(QStringLiteral("measures"))) {
            if (!v->isArray())
                fail(p->field(QStringLiteral("measures")), QStringLiteral("must be an array."));
            const QJsonArray items = v->toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString path = QStringLiteral("payment.measures[%1]").arg(i);
                if (!items[i].isObject())
                    fail(path, QStringLiteral("must be an object."));
                StrictObject m(items[i].toObject(), path);
                s.measures.push_back({m.string(QStringLiteral("code"), QString()),
                                      m.smallInteger(QStringLiteral("weight"), 0)});
                m.finish();
            }
        }
        p->finish();
    }
    if (auto l = root.object(QStringLiteral("losses"))) {
        s.lossBearer = l->choice(QStringLiteral("bearer"), Scenario::LossBearer::EmployedGroup,
                                 {{"employedGroup", Scenario::LossBearer::EmployedGroup},
                                  {"proRata", Scenario::LossBearer::ProRata}});
        s.shieldIndependent = l->boolean(QStringLiteral("shieldIndependent"), true);
        s.priorReserveCents = l->integer(QStringLiteral("priorReserveCents"), 0);
        l->finish();
    }
    if (auto u = root.object(QStringLiteral("uncertainty"))) {
        if (u->find(QStringLiteral("expenditureCv")))
            s.expenditureCv = u->number(QStringLiteral("expenditureCv"), 0.0);
        s.qualitySd = u->number(QStringLiteral("qualitySd"), 0.0);
        u->finish();
    }
    root.finish();
    s.validate();
    return s;
}

Scenario readScenarioFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.toStdString() +
                    "': " + file.errorString().toStdString() + '.');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error("'" + path.toStdString() +
                        "' is not valid JSON: " + parseError.errorString().toStdString() +
                        " at byte " + std::to_string(parseError.offset) + '.',
                    Error::Kind::InvalidData);
    if (!document.isObject())
        throw Error("'" + path.toStdString() + "' must hold one JSON object, a scenario.",
                    Error::Kind::InvalidData);
    try {
        return scenarioFromJson(document.object());
    } catch (const Error& error) {
        // The file's name first, so that the one line says which file and which field.
        throw Error("'" + path.toStdString() + "': " + error.what(), error.kind());
    }
}

} // namespace aco
