using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>One recognised file of a code-set folder: what it is, the release it belongs to and when that release applies.</summary>
public sealed record SourceFile(SourceKind Kind, string Path, string RelativePath, string Version, EffectivePeriod Period)
{
    /// <summary>The fiscal year a release dated by fiscal year belongs to (it ends on September 30 of that year).</summary>
    internal int FiscalYear => Period.To.Year;
}
