#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace aco::ui {

// The recently used files, most recent first, kept in the settings under "recentFiles" and
// offered in a menu; choosing one emits openRequested().
class RecentFiles : public QObject
{
    Q_OBJECT

  public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    // Puts `path` first.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

  Q_SIGNALS:
    void openRequested(const QString& path);

  private:
    void store(const QStringList& files);
    void rebuildMenu();

    QMenu* m_menu;
};

} // namespace aco::ui
