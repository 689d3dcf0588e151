using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>A parsed table and the release it came from.</summary>
public sealed record LoadedTable(SourceKind Kind, string Version, EffectivePeriod Period, string RelativePath, ICacheable Table);

/// <summary>A loaded version, for listings: code set, version, when it applies and what it holds.</summary>
public sealed record LoadedVersion(string System, string Version, EffectivePeriod Period, string Contents);
