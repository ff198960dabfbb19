#pragma once

#include "organisation.h"
#include "providers/providermeasures.h"

#include <QList>
#include <QVariant>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace aco::ui {

class ProviderColumns;
class ProviderFilter;
class ProviderTableModel;
class ScorecardPreview;

// The providers of the open file in a searchable, sortable table with their headline measures
// and overall tier, and the selected provider's scorecard beside it, readable as it is.
class ProvidersView : public QWidget
{
    Q_OBJECT

  public:
    explicit ProvidersView(QWidget* parent = nullptr);

    void setProviders(std::vector<Provider> providers);
    void setMeasures(ProviderMeasures measures);
    // Selects the provider's row (clearing the search when it hides the row) without emitting.
    void selectProvider(std::int64_t providerId);

    ScorecardPreview* preview() const { return m_preview; }
    QLabel* previewTitle() const { return m_previewTitle; }
    QSplitter* splitter() const { return m_splitter; }
    // The split the user left, as QSplitter::saveState gave it; else the split follows the
    // window: see defaultSplit.
    void restoreSplitter(const QByteArray& state);
    // The table's and the scorecard's widths by default.
    QList<int> defaultSplit() const;
    QLineEdit* search() const { return m_search; }
    // The table as shown: searched and sorted.
    const QSortFilterProxyModel* shownModel() const;
    int shownCount() const;
    int totalCount() const;

  Q_SIGNALS:
    void providerSelected(std::int64_t providerId);
    void countsChanged();

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    QComboBox* filterBox(const QString& name, const QString& tip);
    void offer(QComboBox* box, const QString& all,
               const std::vector<std::pair<QString, QVariant>>& choices);
    void offerTiers();
    void applyFilters();

    ProviderTableModel* m_model = nullptr;
    ProviderFilter* m_filter = nullptr;
    ProviderColumns* m_columns = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_practice = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_tier = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_measuresNote = nullptr;
    QLabel* m_previewTitle = nullptr;
    ScorecardPreview* m_preview = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitKept = false; // moved by the user or restored
};

} // namespace aco::ui
