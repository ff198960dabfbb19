#pragma once

#include "diagrams/diagramlayout.h"
#include "packetcontent.h"
#include "packetsection.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPicture;

namespace aco::ui {

// The board packet as one PDF of landscape US Letter pages: a cover, the dashboard, the year's
// driver diagram (on more than one page when it needs them to print readably, see DiagramPages),
// the chosen scenarios and an appendix of measure definitions, every page with its section's
// heading and a footer with the ACO's name, the dates and the page number.
class BoardPacket
{
  public:
    static constexpr double pageWidth = 792.0; // points
    static constexpr double pageHeight = 612.0;
    static constexpr double margin = 36.0;

    // Called after each page with the number done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // On the GUI thread: draws the dashboard's tiles (widgets) for printing and lays out the
    // diagram and the appendix.
    explicit BoardPacket(PacketContent content);
    ~BoardPacket();

    // Replaces the scenario section (by default each scenario's allocation side by side, then
    // their comparison, made in the constructor from content().scenarios and comparison). An
    // empty section leaves the scenarios out.
    void setScenarioSection(PacketSection section) { m_scenarios = std::move(section); }

    // The sections after the cover, in print order.
    std::vector<PacketSection> sections() const;
    int pageCount() const; // the cover included
    const PacketContent& content() const { return m_content; }

    // Writes the PDF through QSaveFile, complete or not at all; may run on any thread. Throws
    // aco::Error when the file cannot be written or `progress` cancels.
    void write(const QString& path, const Progress& progress = {}) const;

  private:
    PacketContent m_content;
    std::vector<std::shared_ptr<const QPicture>> m_dashboard; // a picture per page
    std::vector<DiagramLayout> m_diagram; // a layout per page
    PacketSection m_scenarios;
    PacketSection m_appendix;
};

} // namespace aco::ui
