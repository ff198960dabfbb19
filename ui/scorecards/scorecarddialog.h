#pragma once

#include "organisation.h"
#include "scorecards/scorecard.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QRadioButton;
class QSpinBox;

namespace aco {
class Database;
}

namespace aco::ui {

// Chooses a period and providers and prints their scorecards: print preview, print, or save
// as PDF. Saving runs off the GUI thread with progress and Cancel.
class ScorecardDialog : public QDialog
{
    Q_OBJECT

public:
    // `databasePath` is opened again by the background writer: SQLite connections are not shared
    // between threads.
    ScorecardDialog(const QString& databasePath, const Database& db, std::optional<std::int64_t> selectedProvider,
                    QWidget* parent = nullptr);

    // Chooses the period (when it has results) and window, as the window's selector shows them.
    void setPeriod(Period period, Window window);
    void setMaskPhi(bool mask);

    // The most providers the preview shows; Print and Save PDF take every chosen provider.
    static constexpr int previewLimit = 25;

private:
    ScorecardOptions options() const;
    // The scenario chosen for the projected payment line; none for "(none)". Throws aco::Error.
    std::optional<Scenario> scenario() const;
    // The chosen providers; empty (after saying why) when the request is invalid.
    std::vector<Provider> chosen(const ScorecardBuilder& builder) const;
    void updateCount();
    void preview();
    void print();
    void savePdf();
    void paintPages(QPrinter* printer, const ScorecardBuilder& builder, const std::vector<Provider>& providers);

    QString m_path;
    const Database& m_db;
    std::vector<Provider> m_providers;
    std::vector<ProviderGroup> m_practices;
    std::optional<std::int64_t> m_selected;
    QComboBox* m_period = nullptr;
    QComboBox* m_window = nullptr;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_onePractice = nullptr;
    QRadioButton* m_oneProvider = nullptr;
    QComboBox* m_practice = nullptr;
    QCheckBox* m_mask = nullptr;
    QCheckBox* m_blinded = nullptr;
    QSpinBox* m_pursuit = nullptr;
    QComboBox* m_scenario = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace aco::ui
