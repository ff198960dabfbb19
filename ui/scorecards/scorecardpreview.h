#pragma once

#include "scorecards/scorecard.h"

#include <QWidget>

#include <memory>

namespace aco::ui {

// A scorecard's pages, one below the other, drawn to fit the widget's width as they print, for
// looking at a provider's scorecard on screen; says what it is waiting for while there is none.
class ScorecardPreview : public QWidget
{
    Q_OBJECT

  public:
    explicit ScorecardPreview(QWidget* parent = nullptr);

    void setScorecard(std::shared_ptr<const Scorecard> card);
    // Shows `message` instead of a page.
    void setMessage(const QString& message);
    const Scorecard* scorecard() const { return m_card.get(); }
    const QString& message() const { return m_message; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    static constexpr int pageGap = 8; // pixels between pages
    std::shared_ptr<const Scorecard> m_card;
    QString m_message;
};

} // namespace aco::ui
