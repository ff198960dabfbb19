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
    // What happened, as the work tells it: Cancel only asks; the work stops when it next reports
    // (and is told no), or finishes anyway, or fails for a reason of its own.
    auto cancelled = std::make_shared<std::atomic<bool>>(false); // Cancel was pressed
    auto refused = std::make_shared<std::atomic<bool>>(false);   // a report was answered no
    auto finishedWork = std::make_shared<std::atomic<bool>>(false);
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
                if (cancelled->load())
                    *refused = true;
                return !cancelled->load();
            });
            *finishedWork = true;
        } catch (const Error& error) {
            *failure = QString::fromStdString(error.what());
        }
    });
    QObject::connect(worker, &QThread::finished, relay, [=] {
        if (dialog)
            dialog->deleteLater();
        worker->deleteLater();
        relay->deleteLater();
        // Stopped by the cancel: it ended without finishing after being told to stop. A failure
        // that came before the work was told, or a finish, is reported as what it was.
        const bool stopped = !finishedWork->load() && refused->load();
        if (owner)
            finished(stopped ? QString() : *failure, stopped);
    });
    worker->start();
}

} // namespace aco::ui
