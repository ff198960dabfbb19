#pragma once

#include <QDoubleSpinBox>

namespace aco::ui {

// A spin box for a rate in percent ("88%", "91.23%"): as many decimals as the value needs, up to
// decimals(), so that it reads as MsspFormat writes rates everywhere else.
class PercentSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

  public:
    explicit PercentSpinBox(QWidget* parent = nullptr);

  protected:
    QString textFromValue(double value) const override;
};

} // namespace aco::ui
