#pragma once

#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace aco::test {

// The texts of `widget`'s labels that show an ampersand as it is written: a label draws "&t" as
// an underlined shortcut only when it has a buddy to give the focus to.
inline QStringList literalMnemonics(const QWidget& widget)
{
    QStringList literal;
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        const QString text = label->text();
        if (label->buddy() || label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
            continue;
        if (QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
            literal << text;
    }
    return literal;
}

} // namespace aco::test
