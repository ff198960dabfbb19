#pragma once

#include "dashboard/dashboardenrollment.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace aco::ui {

// The dashboard's figures by Medicare enrollment type: the ACO's average risk score, its change
// since benchmark year 3 and how much of it the Shared Savings Program's cap on risk growth
// honours, and spending per beneficiary-month against the benchmark of the type. A note below
// names the year's rule, or says why a part is missing (no scores without claims, no benchmark by
// type), instead of showing zeros.
class EnrollmentTable : public QWidget
{
    Q_OBJECT

  public:
    explicit EnrollmentTable(QWidget* parent = nullptr);

    void setEnrollment(const DashboardEnrollment& enrollment, int year);
    // Headings of two words on two lines ("Benchmark" over "honours"), for a table given less
    // than the page's width.
    void setStackedHeadings(bool stacked);
    // The note's font and the table's (smaller in print); default fonts: the widget's own.
    void setFonts(const QFont& note, const QFont& cells);

    const QTableWidget* table() const { return m_table; }
    QString note() const;

    QSize sizeHint() const override;

  private:
    void stackHeadings();

    QTableWidget* m_table = nullptr;
    bool m_stacked = false;
    QLabel* m_note = nullptr;
};

} // namespace aco::ui
