#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

class QPoint;
class QTableView;

namespace aco::ui {

class ProviderTableModel;

// Which columns the providers table shows. Until the user chooses them from the header's menu,
// those that fit the table's width without scrolling sideways, the most wanted first: the
// provider, the overall tier, the headline measures, the practice and the specialty. A choice
// is kept (QSettings, by the columns' titles) until "Columns That Fit" is ticked again.
class ProviderColumns : public QObject
{
    Q_OBJECT

  public:
    ProviderColumns(QTableView* table, const ProviderTableModel* model);

    // Measures the columns' contents again (new rows or values) and shows those wanted.
    void update();
    bool chosen() const { return !m_chosen.isEmpty(); }
    // The table's width that shows the providers' names whole.
    int namesWidth() const;
    // Shows `titles` and hides the others; an empty list goes back to the columns that fit.
    void choose(const QStringList& titles);
    // The header's menu: the columns that fit, then each column, ticked when shown.
    void showMenu(const QPoint& at);
    // Whether a headline measure's column shows.
    bool measuresShown() const;

  Q_SIGNALS:
    void shownChanged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    std::vector<int> wanted() const;
    int besideScrollBar(int tableWidth) const; // the room for columns
    QString title(int column) const;
    QStringList shownTitles() const;
    // Shows the columns wanted; `measured`: sizes each to its contents, not only those it shows.
    void fit(bool measured);

    QTableView* m_table;
    const ProviderTableModel* m_model;
    std::vector<int> m_widths; // each column's width for its contents
    QStringList m_chosen;
};

} // namespace aco::ui
