#pragma once

#include "organisation.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace aco::ui {

class ScorecardPreview;

// The window's scorecards page: choose a provider (type to search) and see their scorecard for
// the window chosen, as it prints; Print Scorecards opens the print dialog for one provider, a
// practice or all of them.
class ScorecardsPage : public QWidget
{
    Q_OBJECT

  public:
    explicit ScorecardsPage(QWidget* parent = nullptr);

    void setProviders(const std::vector<Provider>& providers);
    // Shows the provider in the picker without emitting.
    void selectProvider(std::int64_t providerId);
    ScorecardPreview* preview() const { return m_preview; }
    QLabel* caption() const { return m_caption; }

  Q_SIGNALS:
    void providerSelected(std::int64_t providerId);
    void printRequested();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void fillPicker();

    std::vector<Provider> m_unlisted; // not in the picker yet: it is filled when first shown
    std::optional<std::int64_t> m_selected;
    QComboBox* m_provider = nullptr;
    QLabel* m_caption = nullptr;
    ScorecardPreview* m_preview = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace aco::ui
