#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace aco::ui {

// One tile of the board dashboard: a title, a body, and a line naming the data's source. The
// whole tile takes keyboard focus and is activated by a click, Enter or Space, which is how the
// dashboard clicks through to the view behind it.
class DashboardTile : public QFrame
{
    Q_OBJECT

  public:
    DashboardTile(const QString& title, QWidget* body, QWidget* parent = nullptr);

    void setSource(const QString& source);
    void setTitle(const QString& title);
    QString title() const;
    QWidget* body() const { return m_body; }
    // Narrower margins around the title, body and source, for print, where a page's height is
    // what limits the text's size.
    void setCompact(bool compact);

  Q_SIGNALS:
    void activated();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

  private:
    void updateFrame();

    QLabel* m_title = nullptr;
    QLabel* m_source = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace aco::ui
