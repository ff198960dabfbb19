#include "dashboardtile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace aco::ui {

DashboardTile::DashboardTile(const QString& title, QWidget* body, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title)), m_source(new QLabel), m_body(body)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QPalette tilePalette = palette();
    tilePalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(tilePalette);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_source->setWordWrap(true);
    QFont sourceFont = m_source->font();
    sourceFont.setPointSizeF(sourceFont.pointSizeF() * 0.9);
    m_source->setFont(sourceFont);
    QPalette sourcePalette = m_source->palette();
    sourcePalette.setColor(QPalette::WindowText, QColor(0x55, 0x5f, 0x66));
    m_source->setPalette(sourcePalette);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_source);
    setAccessibleName(title);
    // A body that takes focus itself (a list of rows) receives the tile's focus, and the frame
    // follows it.
    if (m_body->focusPolicy() != Qt::NoFocus) {
        setFocusProxy(m_body);
        m_body->installEventFilter(this);
    }
    setCompact(false);
    updateFrame();
}

void DashboardTile::setCompact(bool compact)
{
    layout()->setContentsMargins(compact ? QMargins(10, 6, 10, 5) : QMargins(12, 10, 12, 8));
    layout()->setSpacing(compact ? 4 : 6);
}

bool DashboardTile::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        updateFrame();
    return QFrame::eventFilter(watched, event);
}

void DashboardTile::setSource(const QString& source)
{
    m_source->setText(source);
}

void DashboardTile::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString DashboardTile::title() const
{
    return m_title->text();
}

void DashboardTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void DashboardTile::keyPressEvent(QKeyEvent* event)
{
    // A body with rows of its own activates them itself; keys it passes on are not the tile's.
    if (!focusProxy() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                          event->key() == Qt::Key_Space)) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void DashboardTile::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    updateFrame();
}

void DashboardTile::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    updateFrame();
}

// A focused tile has a thick blue frame, the others a thin grey one: focus is visible in print
// and to people who cannot tell colours apart by its width.
void DashboardTile::updateFrame()
{
    const bool focused = hasFocus();
    setStyleSheet(QStringLiteral("aco--ui--DashboardTile { background: white; border: %1px solid "
                                 "%2; border-radius: 6px; }")
                      .arg(focused ? 3 : 1)
                      .arg(focused ? QStringLiteral("#1f5f8b") : QStringLiteral("#b8c2ca")));
}

} // namespace aco::ui
