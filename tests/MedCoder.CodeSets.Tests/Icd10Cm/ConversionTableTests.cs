using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>The CDC FY2026 conversion table: 5,892 data rows, of which 8 repeat an earlier row exactly.</summary>
public sealed class ConversionTableTests
{
    private static readonly Lazy<ConversionTable> Table = new(() => ConversionTable.Load(Icd10CmData.File("fy2026", "ICD-10-CM-CONVERSION-TABLE-FY2026.converted.tsv")));

    [Fact]
    public void Has_one_entry_per_new_code_and_the_487_fy2026_codes()
    {
        Assert.Equal(5_884, Table.Value.Count);

        // "2025" in the Effective column means October 1 2025: the FY2026 additions, as many as the codes addenda adds.
        Assert.Equal(487, Table.Value.Entries.Count(e => e.Effective == new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void Finds_previous_codes_of_a_new_code()
    {
        var entry = Table.Value.Find("A04.71")!;

        Assert.Equal(new DateOnly(2017, 10, 1), entry.Effective);
        Assert.Equal(["A047"], entry.PreviousCodes);
        Assert.Null(Table.Value.Find("A04.7"));
    }

    [Fact]
    public void Reads_excel_dates_for_mid_year_updates()
    {
        var entry = Table.Value.Find("J1282")!;

        Assert.Equal(new DateOnly(2021, 1, 1), entry.Effective);
        Assert.Equal(["J1289"], entry.PreviousCodes);
    }

    [Fact]
    public void Keeps_spans_categories_and_none_from_the_previous_column()
    {
        Assert.Equal(["I25110-I25111", "I25118"], Table.Value.Find("I25.112")!.Previous.Select(p => p.ToString()));
        Assert.Equal(["I63", "P9188"], Table.Value.Find("P91.821")!.Previous.Select(p => p.ToString()));
        Assert.Equal(["K5909", "T36-T50"], Table.Value.Find("K59.03")!.Previous.Select(p => p.ToString()));

        var none = Table.Value.Find("M04.8")!;
        Assert.Equal("None", none.PreviousText);
        Assert.Empty(none.Previous);
    }

    [Fact]
    public void Finds_new_codes_of_an_old_code_through_codes_headers_and_spans()
    {
        Assert.Equal(["A0471", "A0472"], Table.Value.NewCodesFor("A04.7").Select(e => e.Code));
        Assert.Contains("I25112", Table.Value.NewCodesFor("I25.111").Select(e => e.Code));
        Assert.Contains("P91821", Table.Value.NewCodesFor("I63.9").Select(e => e.Code)); // "I63.-": the whole category
        Assert.Contains("K5903", Table.Value.NewCodesFor("T40.2X1A").Select(e => e.Code)); // "categories T36-T50"
        Assert.Empty(Table.Value.NewCodesFor("Z00.00"));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(Table.Value, ConversionTable.Read);

        Assert.Equal(Table.Value.Count, copy.Count);
        Assert.Equal(Table.Value.Find("I25112")!.Previous, copy.Find("I25112")!.Previous);
        Assert.Equal(Table.Value.NewCodesFor("A047").Select(e => e.Code), copy.NewCodesFor("A047").Select(e => e.Code));
    }

    [Fact]
    public void A_malformed_row_names_the_file_and_line()
    {
        var content = "CDC note\t\t\nCurrent code assignment\tEffective\tPrevious Code(s) Assignment\nA04.71\t2017\tA04.7\nA04.72\tsoon\tA04.7\n";

        var error = Icd10CmData.LoadBroken("conversion.tsv", content, path => ConversionTable.Load(path));

        Assert.Equal(4, error.Line);
        Assert.Contains("conversion.tsv line 4", error.Message, StringComparison.Ordinal);
    }
}
