#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace aco {
class Database;
}

namespace aco::ui {

struct PacketRequest;

// File > Board Packet: choose the performance year, the month, the window and the saved scenarios
// to compare, and where to save the PDF; the packet is read and written in the background with a
// progress bar and Cancel, and the dialog says where it went or why it could not be saved.
class PacketDialog : public QDialog
{
    Q_OBJECT

  public:
    // `path` is the open file, read again on the worker's own connection.
    PacketDialog(const QString& path, Database& db, QWidget* parent = nullptr);

    PacketRequest request() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // Reads the file and writes the packet in the background.
    void save();

  Q_SIGNALS:
    void saved(const QString& path);
    void failed(const QString& message);

  private:
    void chooseOutput();
    void finish(const QString& out, const QString& failure, bool cancelled);

    QString m_path;
    QString m_acoName;
    QComboBox* m_year = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_window = nullptr;
    QListWidget* m_scenarios = nullptr;
    QLineEdit* m_output = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace aco::ui
