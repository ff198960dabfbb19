#include "peercomparisonview.h"

#include "backgroundtask.h"
#include "chartexport.h"
#include "chartstyle.h"
#include "error.h"
#include "measures/resultsums.h"
#include "peerchartfactory.h"
#include "savefile.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace aco::ui {

namespace {

QComboBox* labelled(QHBoxLayout* row, const QString& label, const QString& tip, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setToolTip(tip);
    auto* text = new QLabel(label, parent);
    text->setBuddy(box);
    row->addWidget(text);
    row->addWidget(box);
    return box;
}

QString describe(const Measure& m, const ChartPoint& p)
{
    const QLocale en(QLocale::English);
    return QStringLiteral("<b>%1</b><br>%2<br>%3 / %4%5")
        .arg(p.label.toHtmlEscaped(), m.formatValue(p.value), en.toString(static_cast<qlonglong>(p.numerator)),
             en.toString(static_cast<qlonglong>(p.denominator)),
             p.rank ? QStringLiteral("<br>Rank %1").arg(*p.rank) : QStringLiteral("<br>Not ranked (too few)"));
}

} // namespace

PeerComparisonView::PeerComparisonView(QWidget* parent) : QWidget(parent)
{
    auto* controls = new QHBoxLayout;
    m_measure = labelled(controls, tr("&Measure:"), tr("The measure to compare"), this);
    // Filled once the view is first shown: sized to the measures' names, not to its empty self.
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period = labelled(controls, tr("&Period:"), tr("The month the window ends in"), this);
    m_window = labelled(controls, tr("&Window:"), tr("The months each value is summed over"), this);
    for (Window w : windowChoices)
        m_window->addItem(windowLabel(w), static_cast<int>(w));
    m_level = labelled(controls, tr("&Level:"), tr("Compare providers, practices or departments"), this);
    m_level->addItem(tr("Providers"), static_cast<int>(Level::Provider));
    m_level->addItem(tr("Practices"), static_cast<int>(Level::Practice));
    m_level->addItem(tr("Departments"), static_cast<int>(Level::Department));
    m_focus = labelled(controls, tr("&Focus:"), tr("The provider, practice or department to highlight; type to search"), this);
    m_focus->setEditable(true);
    m_focus->setInsertPolicy(QComboBox::NoInsert);
    m_focus->setMinimumContentsLength(22);
    m_blinded = new QCheckBox(tr("&Blinded"), this);
    m_blinded->setToolTip(tr("Label peers by rank instead of by name, for material that leaves the building"));
    m_overdispersion = new QCheckBox(tr("&Overdispersion"), this);
    m_overdispersion->setToolTip(tr("Widen the funnel's limits by the spread between units beyond chance (Spiegelhalter's tau\u00B2)"));
    controls->addWidget(m_blinded);
    controls->addWidget(m_overdispersion);
    controls->addStretch();
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setToolTip(tr("Copy the chart to the clipboard as an image"));
    auto* save = new QPushButton(tr("&Export..."), this);
    save->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    controls->addWidget(copy);
    controls->addWidget(save);

    m_tabs = new QTabWidget(this);
    for (QChartView** view : {&m_rankedView, &m_funnelView, &m_trendView}) {
        *view = new QChartView(this);
        (*view)->setRenderHint(QPainter::Antialiasing);
    }
    m_tabs->addTab(m_rankedView, tr("&Ranked"));
    m_tabs->addTab(m_funnelView, tr("F&unnel"));
    m_tabs->addTab(m_trendView, tr("&Trend"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);

    for (QComboBox* box : {m_measure, m_period, m_window, m_level})
        connect(box, &QComboBox::currentIndexChanged, this, &PeerComparisonView::refresh);
    connect(m_focus, &QComboBox::activated, this, [this] {
        if (m_level->currentData().toInt() == static_cast<int>(Level::Provider) && m_focus->currentData().isValid()) {
            m_focusProvider = m_focus->currentData().toLongLong();
            Q_EMIT providerSelected(*m_focusProvider);
        }
        refresh();
    });
    connect(m_blinded, &QCheckBox::toggled, this, &PeerComparisonView::refresh);
    connect(m_overdispersion, &QCheckBox::toggled, this, &PeerComparisonView::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PeerComparisonView::refresh);
    connect(copy, &QPushButton::clicked, this, &PeerComparisonView::copyChart);
    connect(save, &QPushButton::clicked, this, &PeerComparisonView::exportChart);
}

PeerComparisonView::~PeerComparisonView()
{
    if (m_loader)
        m_loader->wait(); // it ends soon, and reports to no one
}

void PeerComparisonView::setDatabase(const Database* db)
{
    m_updating = true;
    m_db = db;
    ++m_loadGeneration; // a file being read in the background is no longer wanted
    m_engine.reset();
    m_engineStore.reset();
    m_measure->clear();
    m_period->clear();
    m_focusProvider.reset();
    m_updating = false;
    m_pendingDatabase = db && m_onlyWhenShown && !isVisible();
    if (db && !m_pendingDatabase) {
        m_engine = std::make_unique<MeasureEngine>(*m_db);
        fill(periodsWithResults(*m_db));
    }
}

void PeerComparisonView::loadInBackground()
{
    struct Loaded
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<MeasureEngine> engine; // reads the store
        std::vector<Period> periods;
        QString failure;
    };
    auto loaded = std::make_shared<Loaded>();
    const QString path = m_db->path();
    const int generation = m_loadGeneration;
    m_note->setText(tr("Reading the file..."));
    // The engine reads a connection of its own, opened off the GUI thread and used only on it
    // afterwards (SQLite connections may change threads, never be shared at once).
    m_loader = QThread::create([loaded, path] {
        try {
            loaded->store = std::make_unique<Store>(Store::openReadOnly(path));
            loaded->engine = std::make_unique<MeasureEngine>(loaded->store->db());
            loaded->periods = periodsWithResults(loaded->store->db());
        } catch (const Error& error) {
            loaded->engine.reset();
            loaded->failure = QString::fromStdString(error.what());
        }
    });
    connect(m_loader, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &QThread::finished, this, [this, loaded, generation] {
        m_loader = nullptr;
        if (generation != m_loadGeneration)
            return;
        if (!loaded->engine) {
            m_note->setText(loaded->failure);
            return;
        }
        m_engineStore = std::move(loaded->store);
        m_engine = std::move(loaded->engine);
        m_note->clear();
        fill(loaded->periods);
    });
    m_loader->start();
}

void PeerComparisonView::fill(const std::vector<Period>& periods)
{
    m_updating = true;
    for (const Measure& m : m_engine->measures())
        m_measure->addItem(m.name, m.code);
    for (const Period& p : periods)
        m_period->addItem(p.toString(), p.toInt());
    // What was asked for before the file was read.
    if (const int index = m_measure->findData(m_wantedMeasure); index >= 0)
        m_measure->setCurrentIndex(index);
    if (const int index = m_period->findData(m_wantedPeriod.toInt()); index >= 0)
        m_period->setCurrentIndex(index);
    m_updating = false;
    refresh();
}

void PeerComparisonView::setMeasure(const QString& code)
{
    m_wantedMeasure = code;
    const int index = m_measure->findData(code);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

void PeerComparisonView::setPeriod(Period period)
{
    m_wantedPeriod = period;
    const int index = m_period->findData(period.toInt());
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void PeerComparisonView::setWindow(Window window)
{
    const int index = m_window->findData(static_cast<int>(window));
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void PeerComparisonView::hidePeriodControls()
{
    for (QComboBox* box : {m_period, m_window}) {
        box->hide();
        for (QLabel* label : findChildren<QLabel*>())
            if (label->buddy() == box)
                label->hide();
    }
}

void PeerComparisonView::setDrawOnlyWhenShown(bool onlyWhenShown)
{
    m_onlyWhenShown = onlyWhenShown;
}

void PeerComparisonView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pendingDatabase) {
        m_pendingDatabase = false;
        loadInBackground();
    } else if (m_stale) {
        refresh();
    }
}

void PeerComparisonView::selectProvider(std::int64_t providerId)
{
    m_focusProvider = providerId;
    refresh();
}

std::optional<std::int64_t> PeerComparisonView::focusId() const
{
    const auto level = static_cast<Level>(m_level->currentData().toInt());
    if (level == Level::Provider)
        return m_focusProvider;
    if (m_focus->currentIndex() >= 0 && m_focus->currentData().isValid())
        return m_focus->currentData().toLongLong();
    return std::nullopt;
}

void PeerComparisonView::setChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void PeerComparisonView::refresh()
{
    if (m_updating || !m_engine || m_measure->currentIndex() < 0 || m_period->currentIndex() < 0)
        return;
    m_stale = m_onlyWhenShown && !isVisible();
    if (m_stale)
        return;
    const Measure& measure = m_engine->measure(m_measure->currentData().toString());
    const Period period = Period::fromInt(m_period->currentData().toInt());
    const auto window = static_cast<Window>(m_window->currentData().toInt());
    const auto level = static_cast<Level>(m_level->currentData().toInt());
    const MeasureEngine::Options options{level, PeerGroup::SameKind, 20};
    const MeasureComparison comparison = m_engine->compare(measure, period, window, options);

    // The focus list follows the level; keep the current focus where it still exists.
    m_updating = true;
    const std::optional<std::int64_t> focus = focusId();
    m_focus->clear();
    for (const UnitResult& unit : comparison.units)
        m_focus->addItem(unit.name, static_cast<qlonglong>(unit.id));
    const int focusIndex = focus ? m_focus->findData(static_cast<qlonglong>(*focus)) : -1;
    m_focus->setCurrentIndex(focusIndex);
    m_updating = false;

    ChartOptions chartOptions;
    chartOptions.focal = focus;
    chartOptions.blinded = m_blinded->isChecked();
    chartOptions.overdispersion = m_overdispersion->isChecked();
    m_note->clear();
    switch (m_tabs->currentIndex()) {
    case 0: {
        const auto targets = loadMeasureTargets(*m_db, period.year());
        const auto target = targets.find(measure.code);
        QChart* chart = PeerChartFactory::ranked(
            rankedChart(comparison, loadTierSchemes(*m_db, period.year()), chartOptions,
                        target == targets.end() ? std::nullopt : std::optional(target->second)));
        for (QAbstractSeries* series : chart->series())
            if (auto* area = qobject_cast<QAreaSeries*>(series); area && series->objectName() != QStringLiteral("tierBand")) {
                connect(area, &QAreaSeries::hovered, this, [this](const QPointF& p, bool on) { showHover(p, on, false); });
                connect(area, &QAreaSeries::clicked, this, [this](const QPointF& p) { choose(p, false); });
            }
        setChart(m_rankedView, chart);
        break;
    }
    case 1:
        try {
            QChart* chart = PeerChartFactory::funnel(funnelChart(comparison, chartOptions));
            for (QAbstractSeries* series : chart->series())
                if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
                    connect(scatter, &QScatterSeries::hovered, this, [this](const QPointF& p, bool on) { showHover(p, on, true); });
                    connect(scatter, &QScatterSeries::clicked, this, [this](const QPointF& p) { choose(p, true); });
                }
            setChart(m_funnelView, chart);
        } catch (const Error& error) {
            // The reason in the chart's own area, where the plot would be.
            setChart(m_funnelView, ChartStyle::message(tr("%1: no funnel plot").arg(measure.name), QString::fromStdString(error.what())));
        }
        break;
    default:
        if (level != Level::Provider || !focus) {
            setChart(m_trendView, ChartStyle::message(tr("%1: no trend").arg(measure.name),
                                                      tr("The trend is of one provider: choose the level Providers\nand a focus (or click a bar).")));
        } else {
            setChart(m_trendView, PeerChartFactory::trend(trendChart(*m_engine, *m_db, measure, *focus, period, 36, options)));
        }
        break;
    }
}

void PeerComparisonView::showHover(const QPointF& point, bool state, bool funnel)
{
    QChartView* view = funnel ? m_funnelView : m_rankedView;
    const ChartPoint* hit = state ? PeerChartFactory::unitAt(view->chart(), point) : nullptr;
    if (!hit) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describe(m_engine->measure(m_measure->currentData().toString()), *hit), view);
}

void PeerComparisonView::choose(const QPointF& point, bool funnel)
{
    const ChartPoint* hit = PeerChartFactory::unitAt((funnel ? m_funnelView : m_rankedView)->chart(), point);
    if (!hit)
        return;
    const std::int64_t id = hit->id;
    if (static_cast<Level>(m_level->currentData().toInt()) == Level::Provider) {
        m_focusProvider = id;
        Q_EMIT providerSelected(id);
    } else {
        m_focus->setCurrentIndex(m_focus->findData(static_cast<qlonglong>(id)));
    }
    refresh();
}

QChart* PeerComparisonView::currentChart() const
{
    auto* view = qobject_cast<QChartView*>(m_tabs->currentWidget());
    return view ? view->chart() : nullptr;
}

void PeerComparisonView::exportCurrent(const QString& path,
                                       const std::function<void(const QString&)>& done)
{
    const QSize size = PeerChartFactory::exportSize(currentChart(), m_tabs->currentWidget()->size());
    try {
        if (!ChartExport::isPng(path)) {
            ChartExport::write(currentChart(), path, size);
            done({});
            return;
        }
        const QImage image = ChartExport::image(currentChart(), size);
        BackgroundTask::run(
            this, tr("Saving %1...").arg(QFileInfo(path).fileName()), 0,
            [image, path](const BackgroundTask::Report& report) {
                savePng(image, path, [&] { return report(0, QString()); });
            },
            [done](const QString& failure, bool cancelled) {
                if (!cancelled) // the file was left as it was
                    done(failure);
            });
    } catch (const Error& error) {
        done(QString::fromStdString(error.what()));
    }
}

void PeerComparisonView::copyChart()
{
    QApplication::clipboard()->setImage(m_tabs->currentWidget()->grab().toImage());
}

void PeerComparisonView::exportChart()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2.png").arg(m_measure->currentData().toString().toLower(),
                                                                                  m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')).toLower()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    exportCurrent(path, [this](const QString& failure) {
        if (!failure.isEmpty())
            QMessageBox::warning(this, tr("Cannot Export the Chart"), failure);
    });
}

} // namespace aco::ui
