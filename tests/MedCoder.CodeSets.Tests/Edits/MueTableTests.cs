using MedCoder.CodeSets.Edits;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Edits;

/// <summary>The shipped practitioner MUE table (eff. 2026-04-01); values were read from the file.</summary>
public sealed class MueTableTests
{
    private static readonly Lazy<MueTable> Q2 = new(() => MueTable.Load(PathOf("ncci", "MCR_MUE_PractitionerServices_Eff_04-01-2026.reconstructed.tsv.gz")));

    [Fact]
    public void Has_the_published_counts()
    {
        Assert.Equal(15_095, Q2.Value.Entries.Count);
        Assert.Equal(41, Q2.Value.Entries.Count(e => e.Indicator == MueAdjudicationIndicator.LineEdit));
        Assert.Equal(5_417, Q2.Value.Entries.Count(e => e.Indicator == MueAdjudicationIndicator.DateOfServicePolicy));
        Assert.Equal(9_637, Q2.Value.Entries.Count(e => e.Indicator == MueAdjudicationIndicator.DateOfServiceClinical));
    }

    [Fact]
    public void Finds_units_indicator_and_rationale()
    {
        Assert.Equal(new MueEntry("J1100", 120, MueAdjudicationIndicator.DateOfServiceClinical, "3 Date of Service Edit: Clinical", "Clinical: Data"), Q2.Value.Find("j1100"));
        Assert.Equal(new MueEntry("99486", 4, MueAdjudicationIndicator.LineEdit, "1 Line Edit", "Clinical: CMS Workgroup"), Q2.Value.Find("99486"));
        Assert.Equal(MueAdjudicationIndicator.DateOfServicePolicy, Q2.Value.Find("0001U")!.Indicator);
        Assert.Null(Q2.Value.Find("ZZZZZ"));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Q2.Value, MueTable.Read);

        Assert.Equal(Q2.Value.Entries, restored.Entries);
    }

    [Fact]
    public void A_malformed_indicator_names_the_file_and_line()
    {
        const string content = "HCPCS/CPT Code\tPractitioner Services MUE Values\tMUE Adjudication Indicator\tMUE Rationale\n"
            + "J1100\t120\t3 Date of Service Edit: Clinical\tClinical: Data\n"
            + "J1200\t1\t4 Something\tClinical: Data\n";

        AssertRejected("mue.tsv", content, path => MueTable.Load(path), expectedLine: 3);
    }

    [Fact]
    public void A_wrong_header_names_the_file_and_line() =>
        AssertRejected("mue.tsv", "code\tunits\n", path => MueTable.Load(path), expectedLine: 1);
}
