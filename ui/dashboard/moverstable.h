#pragma once

#include "dashboard/dashboard.h"

#include <QTableWidget>

namespace aco::ui {

// The top movers as a table: the providers who improved most, then those who declined most,
// each with the measure, last window's value, this window's and the change in words and arrows.
// Activating a row (double-click or Enter) asks for that provider.
class MoversTable : public QTableWidget
{
    Q_OBJECT

  public:
    explicit MoversTable(QWidget* parent = nullptr);

    void setMovers(const std::vector<DashboardMover>& improvers,
                   const std::vector<DashboardMover>& decliners);
    // The provider of a row; 0 for none.
    qint64 providerAt(int row) const;
    // Names wrap within their columns and rows grow to hold them (for print, where no tooltip
    // gives an elided name whole); unwrapped, every row is one line high.
    void setWrapped(bool wrapped);

    QSize sizeHint() const override;

  Q_SIGNALS:
    void providerActivated(qint64 providerId);

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void addMover(const DashboardMover& mover);
};

} // namespace aco::ui
