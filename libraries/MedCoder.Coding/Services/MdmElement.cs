using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Services;

/// <summary>
/// One MDM element as read from a note: its level, the cue spans that set that level, and whether any cue of the
/// element was documented at all (a straightforward element with no cue is an absence, not a finding).
/// </summary>
public sealed record MdmElement(MdmLevel Level, IReadOnlyList<EvidenceSpan> Evidence, bool Documented)
{
    public static MdmElement NotDocumented { get; } = new(MdmLevel.Straightforward, [], false);
}
