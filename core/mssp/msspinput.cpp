#include "msspinput.h"

namespace aco {

QString msspTrackCode(MsspTrack track)
{
    switch (track) {
    case MsspTrack::Track1:
        return QStringLiteral("TRACK_1");
    case MsspTrack::Track1Plus:
        return QStringLiteral("TRACK_1_PLUS");
    case MsspTrack::Track2:
        return QStringLiteral("TRACK_2");
    case MsspTrack::Track3:
        return QStringLiteral("TRACK_3");
    case MsspTrack::BasicA:
        return QStringLiteral("BASIC_A");
    case MsspTrack::BasicB:
        return QStringLiteral("BASIC_B");
    case MsspTrack::BasicC:
        return QStringLiteral("BASIC_C");
    case MsspTrack::BasicD:
        return QStringLiteral("BASIC_D");
    case MsspTrack::BasicE:
        return QStringLiteral("BASIC_E");
    case MsspTrack::Enhanced:
        return QStringLiteral("ENHANCED");
    }
    return {};
}

QString msspTrackName(MsspTrack track)
{
    switch (track) {
    case MsspTrack::Track1:
        return QStringLiteral("Track 1");
    case MsspTrack::Track1Plus:
        return QStringLiteral("Track 1+");
    case MsspTrack::Track2:
        return QStringLiteral("Track 2");
    case MsspTrack::Track3:
        return QStringLiteral("Track 3");
    case MsspTrack::BasicA:
        return QStringLiteral("BASIC level A");
    case MsspTrack::BasicB:
        return QStringLiteral("BASIC level B");
    case MsspTrack::BasicC:
        return QStringLiteral("BASIC level C");
    case MsspTrack::BasicD:
        return QStringLiteral("BASIC level D");
    case MsspTrack::BasicE:
        return QStringLiteral("BASIC level E");
    case MsspTrack::Enhanced:
        return QStringLiteral("ENHANCED");
    }
    return {};
}

std::optional<MsspTrack> parseMsspTrack(const QString& code)
{
    const QString wanted = code.trimmed();
    for (const MsspTrack track : allMsspTracks) {
        if (wanted.compare(msspTrackCode(track), Qt::CaseInsensitive) == 0)
            return track;
    }
    return std::nullopt;
}

bool isBasicTrack(MsspTrack track)
{
    return track == MsspTrack::BasicA || track == MsspTrack::BasicB || track == MsspTrack::BasicC ||
           track == MsspTrack::BasicD || track == MsspTrack::BasicE;
}

} // namespace aco
