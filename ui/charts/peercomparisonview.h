#pragma once

#include "charts/peercharts.h"
#include "measures/measureengine.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QThread;

namespace aco {
class Database;
class Store;
}

namespace aco::ui {

// Unblinded peer comparison in the window: choose a measure, period, window, level and focus,
// and see the ranked bars, the funnel plot and the focus's monthly trend. Hovering shows a unit's
// value, numerator and denominator and rank; clicking makes it the focus (and, for a provider,
// tells the rest of the window); charts can be copied or exported as PNG, SVG or PDF.
class PeerComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit PeerComparisonView(QWidget* parent = nullptr);
    ~PeerComparisonView() override;

    // Shows the file's measures; `db` must outlive the view or the next call.
    void setDatabase(const Database* db);
    void setMeasure(const QString& code);
    void setPeriod(Period period);
    void setWindow(Window window);
    // Draws again from the file after another view changed it (targets, say).
    void reload() { refresh(); }
    // Hides the period and window choices, for a window that sets them with setPeriod() and
    // setWindow() from a selector of its own.
    void hidePeriodControls();
    // Reads the file (off the GUI thread) and draws the charts only while shown, and when shown
    // again after a change: for a view on one page of many, so that a new file or period costs
    // nothing until the view is looked at.
    void setDrawOnlyWhenShown(bool onlyWhenShown);
    // Makes this provider the focus (at the provider level) without emitting providerSelected.
    void selectProvider(std::int64_t providerId);

    QChart* currentChart() const;
    // Writes the chart on show to `path` (.png, .svg or .pdf); a PNG is drawn here and saved in
    // the background with progress. `done` follows with the failure, empty on success, unless
    // the user cancels the saving.
    void exportCurrent(const QString& path, const std::function<void(const QString& failure)>& done);

Q_SIGNALS:
    void providerSelected(std::int64_t providerId);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void loadInBackground();
    void fill(const std::vector<Period>& periods);
    void refresh();
    void showHover(const QPointF& point, bool state, bool funnel);
    void choose(const QPointF& point, bool funnel);
    void copyChart();
    void exportChart();
    std::optional<std::int64_t> focusId() const;
    void setChart(QChartView* view, QChart* chart);

    const Database* m_db = nullptr;
    std::unique_ptr<Store>
        m_engineStore; // the engine's own connection, when read in the background
    std::unique_ptr<MeasureEngine> m_engine;
    QThread* m_loader = nullptr;
    int m_loadGeneration = 0;
    std::optional<std::int64_t> m_focusProvider;
    QComboBox* m_measure = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_window = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_focus = nullptr;
    QCheckBox* m_blinded = nullptr;
    QCheckBox* m_overdispersion = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_rankedView = nullptr;
    QChartView* m_funnelView = nullptr;
    QChartView* m_trendView = nullptr;
    QLabel* m_note = nullptr;
    bool m_updating = false;
    bool m_onlyWhenShown = false;
    bool m_stale = false;           // changed while hidden
    bool m_pendingDatabase = false; // set while hidden
    QString m_wantedMeasure;        // as asked, for the next file read
    Period m_wantedPeriod;
};

} // namespace aco::ui
