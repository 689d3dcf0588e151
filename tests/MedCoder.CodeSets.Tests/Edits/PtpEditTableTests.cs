using System.Globalization;
using MedCoder.CodeSets.Edits.Ptp;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Versioning;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Edits;

/// <summary>The shipped NCCI PTP tables (active rows of 2024-07-01) and CMS's own quarterly layout; pairs read from the files.</summary>
public sealed class PtpEditTableTests
{
    private static readonly DateOnly July2024 = new(2024, 7, 1);
    private static readonly Lazy<PtpEditTable> Practitioner = new(() => Shipped(SourceKind.NcciPtpPractitioner));
    private static readonly Lazy<PtpEditTable> Outpatient = new(() => Shipped(SourceKind.NcciPtpOutpatient));

    private static PtpEditTable Shipped(SourceKind kind) =>
        (PtpEditTable)Library.CodeSetLibraryTests.Shipped.Value.ReleasesOf(kind).Single().Table;

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Ships_the_active_rows_with_the_counts_of_sources_md()
    {
        Assert.Equal(1_669_820, Practitioner.Value.Count);
        Assert.Equal(508_947, Practitioner.Value.CountOf(PtpModifierIndicator.NotAllowed));
        Assert.Equal(1_160_873, Practitioner.Value.CountOf(PtpModifierIndicator.Allowed));
        Assert.Equal(1_335_857, Outpatient.Value.Count);
        Assert.Equal(0, Practitioner.Value.CountOf(PtpModifierIndicator.NotApplicable));
    }

    [Fact]
    public void The_shipped_release_is_dated_2024_q3_and_chosen_for_later_dates_as_the_newest()
    {
        var release = Library.CodeSetLibraryTests.Shipped.Value.ReleasesOf(SourceKind.NcciPtpPractitioner).Single();
        var choice = Library.CodeSetLibraryTests.Shipped.Value.For(Date("2026-03-02")).Choice(SourceKind.NcciPtpPractitioner)!;

        Assert.Equal("NCCI PTP practitioner 2024Q3", release.Version);
        Assert.Equal(new EffectivePeriod(Date("2024-07-01"), Date("2024-09-30")), release.Period);
        Assert.Equal(VersionStatus.NotYetReleased, choice.Status);
    }

    [Fact]
    public void Finds_pairs_in_their_column_order_with_indicator_and_rationale()
    {
        Assert.Equal(PtpModifierIndicator.Allowed, Practitioner.Value.Find("11042", "97597", July2024)!.ModifierIndicator);
        var separate = Practitioner.Value.Find("43239", "43235", July2024)!;
        Assert.Equal(PtpModifierIndicator.NotAllowed, separate.ModifierIndicator);
        Assert.Equal("CPT Separate procedure definition", separate.Rationale);
        Assert.Null(Practitioner.Value.Find("43235", "43239", July2024)); // column order matters
        Assert.Null(Practitioner.Value.Find("99213", "36415", July2024));
    }

    [Fact]
    public void Practitioner_and_outpatient_tables_differ_where_cms_says_so()
    {
        Assert.Equal(PtpModifierIndicator.NotAllowed, Practitioner.Value.Find("00100", "99215", July2024)!.ModifierIndicator);
        Assert.Equal(PtpModifierIndicator.Allowed, Outpatient.Value.Find("00100", "99215", July2024)!.ModifierIndicator);
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Practitioner.Value, PtpEditTable.Read);

        Assert.Equal(Practitioner.Value.Count, restored.Count);
        Assert.Equal(Json(Practitioner.Value.Find("29881", "29877", July2024)), Json(restored.Find("29881", "29877", July2024)));
    }

    [Fact]
    public void Reads_cms_quarterly_files_split_in_parts_and_honours_deletion_dates()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var ncci = Directory.CreateDirectory(Path.Combine(folder.FullName, "ncci")).FullName;
            File.WriteAllText(Path.Combine(ncci, "ccipra-v303r0-f1.txt"), OfficialNotice
                + "43239\t43235\t\t20020101\t*\t0\tCPT Separate procedure definition\n"
                + "11042\t97597\t\t20090101\t20241115\t1\tStandards of medical/surgical practice\n"
                + "29881\t29877\t*\t19960101\t20020101\t9\tMore extensive procedure\n");
            File.WriteAllText(Path.Combine(ncci, "ccipra-v303r0-f2.txt"), OfficialNotice
                + "64483\t64484\t\t20100101\t*\t1\tStandards of medical/surgical practice\n");

            var files = CodeSetLayout.Scan(folder.FullName);
            var table = TableParsers.ParseAll(files).Single();
            var edits = (PtpEditTable)table.Table;

            Assert.Equal(SourceKind.NcciPtpPractitioner, table.Kind);
            Assert.Equal("NCCI PTP practitioner 2024Q4", table.Version); // v30.3: NCCI version 30 is 2024, .3 the fourth quarter
            Assert.Equal(3, edits.Count); // the row deleted in 2002 can never apply to this quarter
            Assert.NotNull(edits.Find("64483", "64484", Date("2024-10-01"))); // from the second part
            Assert.NotNull(edits.Find("11042", "97597", Date("2024-11-14")));
            Assert.Null(edits.Find("11042", "97597", Date("2024-11-15"))); // deleted from that day on
            Assert.Equal(Date("2002-01-01"), edits.Find("43239", "43235", Date("2024-12-01"))!.EffectiveDate);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_modifier_indicator_in_a_cms_file_names_the_file_and_line() =>
        AssertRejected(
            "ccipra-v303r0-f1.txt",
            OfficialNotice + "43239\t43235\t\t20020101\t*\t0\tCPT Separate procedure definition\n43239\t43236\t\t20020101\t*\t2\tCPT Separate procedure definition\n",
            path => PtpFileReader.Load([path], EffectivePeriod.QuarterStarting(2024, 10)),
            expectedLine: 6);

    [Fact]
    public void A_short_row_in_the_derived_file_names_the_file_and_line() =>
        AssertRejected(
            "ptp_practitioner_2024q3.tsv",
            "column1\tcolumn2\tdeletion_date\tmodifier_indicator\trationale\n43239\t43235\t\t0\n",
            path => PtpFileReader.Load([path], EffectivePeriod.QuarterStarting(2024, 7)),
            expectedLine: 2);

    /// <summary>CMS's TXT starts with a notice and column titles over a few lines before the first row.</summary>
    private const string OfficialNotice =
        "CPT only copyright 2023 American Medical Association. All rights reserved.\n"
        + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n"
        + "\t\t\t\t*=no data\t0=not allowed\n"
        + "\t\t\t\t\t1=allowed 9=not applicable\n";
}
