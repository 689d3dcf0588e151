using MedCoder.CodeSets.Library;

namespace MedCoder.CodeSets.Tests.Library;

/// <summary>The registry of code-set tables: one entry per kind, each recognised, parsed, cached and summarised through it.</summary>
public sealed class SourceKindTests
{
    [Fact]
    public void Every_kind_has_a_distinct_name()
    {
        Assert.Equal(SourceKind.All.Count, SourceKind.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_shipped_table_is_loaded_and_described_by_its_kind()
    {
        var library = CodeSetLibraryTests.Shipped.Value;
        var loadedKinds = library.Tables.Select(t => t.Kind).ToHashSet();

        // The shipped folder holds every kind but the licensed CPT file and the kinds read with another file: the legacy
        // tabular (with the notes) and the later parts of CMS's PTP files (with the first part).
        Assert.Equal(
            SourceKind.All.Except([SourceKind.LicensedCpt, SourceKind.Icd10CmTabularLegacy, SourceKind.NcciPtpPractitionerPart, SourceKind.NcciPtpOutpatientPart]).ToHashSet(),
            loadedKinds);
        Assert.All(library.Versions, v => Assert.DoesNotMatch("^[A-Z][A-Za-z0-9]+$", v.Contents)); // a summary, not a type name
    }
}
