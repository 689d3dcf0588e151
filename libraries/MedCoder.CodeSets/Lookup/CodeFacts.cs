using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Lookup;

/// <summary>How a code fared in one loaded release.</summary>
public sealed record ReleaseHistory(string Version, bool Exists, bool Billable, string? Description);

public sealed record CodeNote(string Kind, string Text, string Source);

/// <summary>Everything a coder asks about one code on one date of service; Usable is "valid and billable then".</summary>
public sealed record CodeFacts(
    string System,
    string Code,
    DateOnly DateOfService,
    string Version,
    VersionStatus VersionStatus,
    bool Usable,
    string Reason,
    string? Description,
    string? ShortDescription,
    IReadOnlyList<string> Hierarchy,
    IReadOnlyList<CodeNote> Notes,
    IReadOnlyList<ReleaseHistory> History,
    IReadOnlyDictionary<string, string> Details);
