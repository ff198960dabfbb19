#include "backgroundtask.h"

#include "error.h"

#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace aco::ui {

void BackgroundTask::run(QWidget* parent, const QString& label, int maximum, Work work, Finished finished)
{
    auto* progress = new QProgressDialog(label, QObject::tr("Cancel"), 0, maximum, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto failure = std::make_shared<QString>();
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancelled] { *cancelled = true; });

    // The worker talks to the GUI thread through a relay that lives until the work ends, so a
    // window closed meanwhile (taking the dialog with it) is never called back.
    auto* relay = new QObject;
    const QPointer<QProgressDialog> dialog = progress;
    const QPointer<QWidget> owner = parent;
    QThread* worker = QThread::create([=] {
        try {
            work([=](int value, const QString& text) {
                QMetaObject::invokeMethod(relay, [=] {
                    if (dialog) {
                        dialog->setLabelText(text);
                        dialog->setValue(value);
                    }
                });
                return !cancelled->load();
            });
        } catch (const Error& error) {
            *failure = QString::fromStdString(error.what());
        }
    });
    QObject::connect(worker, &QThread::finished, relay, [=] {
        if (dialog)
            dialog->deleteLater();
        worker->deleteLater();
        relay->deleteLater();
        if (owner)
            finished(cancelled->load() ? QString() : *failure, cancelled->load());
    });
    worker->start();
}

} // namespace aco::ui
