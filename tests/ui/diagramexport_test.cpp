#include "diagrams/diagramexporter.h"
#include "diagrams/diagramjson.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/fonttextmeasurer.h"
#include "error.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace aco;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class DiagramExport : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        const QString path = m_folder.path(QStringLiteral("demo.aco"));
        test::writeSmallDemo(path);
        m_store = std::make_unique<Store>(Store::open(path));
        m_diagram = *DiagramRepository(m_store->db()).load(2026);
        m_layout = DiagramLayout::compute(m_diagram, {}, ui::FontTextMeasurer(),
                                          QStringLiteral("Subtitle"));
    }

    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
    DriverDiagram m_diagram;
    DiagramLayout m_layout;
};

} // namespace

TEST_F(DiagramExport, WritesPngSvgAndJson)
{
    const QString png = m_folder.path(QStringLiteral("d.png"));
    ui::DiagramExporter::write(png, m_diagram, m_layout);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), (m_layout.size() * 2.0).toSize()); // two pixels per layout unit
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));

    const QString svg = m_folder.path(QStringLiteral("d.svg"));
    ui::DiagramExporter::write(svg, m_diagram, m_layout);
    const QString svgText = QString::fromUtf8(readAll(svg));
    EXPECT_TRUE(svgText.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(svgText.contains(QStringLiteral("Safe transitions of care")));

    const QString json = m_folder.path(QStringLiteral("d.json"));
    ui::DiagramExporter::write(json, m_diagram, m_layout);
    EXPECT_EQ(readAll(json), DiagramJson::write(m_diagram));
}

TEST_F(DiagramExport, PdfIsOneLandscapePageWithLegibleText)
{
    const QString pdf = m_folder.path(QStringLiteral("d.pdf"));
    ui::DiagramExporter::write(pdf, m_diagram, m_layout);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("792 x 612 pts")))
        << info.toStdString(); // Letter, landscape
    EXPECT_TRUE(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                    .contains(QStringLiteral("Safe transitions of care")));

    // Read back every word's box: DejaVu Sans boxes are 1.164 em tall (ascent 0.928 + descent
    // 0.236), so the smallest box gives the smallest printed font size.
    const QString boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(
        QStringLiteral("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\""));
    double smallest = 1e9;
    int words = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto match = it.next();
        smallest = std::min(smallest, match.captured(2).toDouble() - match.captured(1).toDouble());
        ++words;
    }
    EXPECT_GT(words, 200);
    EXPECT_GE(smallest / 1.164, 7.5) << "smallest text " << smallest / 1.164 << " pt";
    EXPECT_NEAR(smallest / 1.164, ui::DiagramExporter::smallestPdfFontPoints(m_layout), 0.2);
}

TEST_F(DiagramExport, RefusesUnknownFormatsAndLeavesFilesWhole)
{
    const QString text = m_folder.path(QStringLiteral("d.txt"));
    try {
        ui::DiagramExporter::write(text, m_diagram, m_layout);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
    }
    EXPECT_FALSE(QFile::exists(text));
    EXPECT_THROW(ui::DiagramExporter::write(m_folder.path(QStringLiteral("no/such/folder/d.png")),
                                            m_diagram, m_layout),
                 Error);
}
