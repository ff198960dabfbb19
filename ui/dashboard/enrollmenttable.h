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

    const QTableWidget* table() const { return m_table; }
    QString note() const;

    QSize sizeHint() const override;

  private:
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace aco::ui
