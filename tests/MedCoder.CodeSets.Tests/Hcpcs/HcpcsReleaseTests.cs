using MedCoder.CodeSets.Hcpcs;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Hcpcs;

/// <summary>The shipped October 2025 HCPCS file; expected values were read from the file itself.</summary>
public sealed class HcpcsReleaseTests
{
    private static readonly Lazy<HcpcsRelease> Oct2025 = new(() => HcpcsRelease.Load(PathOf("hcpcs", "2025-10", "HCPC2025_OCT_ANWEB.converted.tsv.gz")));

    private static readonly string[] Columns =
    [
        "HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "PRICE1", "PRICE2", "PRICE3", "PRICE4", "MULT_PI",
        "CIM1", "CIM2", "CIM3", "MCM1", "MCM2", "MCM3", "STATUTE", "LABCERT1", "LABCERT2", "LABCERT3", "LABCERT4", "LABCERT5",
        "LABCERT6", "LABCERT7", "LABCERT8", "XREF1", "XREF2", "XREF3", "XREF4", "XREF5", "COV", "ASC_GRP", "ASC_DT", "OPPS",
        "OPPS_PI", "OPPS_DT", "PROCNOTE", "BETOS", "TOS1", "TOS2", "TOS3", "TOS4", "TOS5", "ANEST_BU", "ADD DT", "ACT EFF DT",
        "TERM DT", "ACTION CD",
    ];

    [Fact]
    public void Has_the_official_code_and_modifier_counts()
    {
        Assert.Equal(8_463, Oct2025.Value.Codes.Count);
        Assert.Equal(7_258, Oct2025.Value.Codes.Count(c => c.TerminationDate is null));
        Assert.Equal(1_205, Oct2025.Value.Codes.Count(c => c.TerminationDate is not null));
        Assert.Equal(383, Oct2025.Value.Modifiers.Count);
    }

    [Fact]
    public void Reads_every_column_of_dexamethasone_j1100()
    {
        var code = Oct2025.Value.Find("j1100")!;

        // The unit is written "1 mg" in this release, not "per 1 mg".
        Assert.Equal("Injection, dexamethasone sodium phosphate, 1 mg", code.LongDescription);
        Assert.Equal("Dexamethasone sodium phos", code.ShortDescription);
        Assert.Equal(["51"], code.PricingIndicators);
        Assert.Equal("A", code.MultiplePricingIndicator);
        Assert.Equal("D", code.CoverageCode);
        Assert.Equal("O1E", code.Betos);
        Assert.Equal(["1", "P"], code.TypesOfService);
        Assert.Equal(new DateOnly(1982, 1, 1), code.AddDate);
        Assert.Equal(new DateOnly(2001, 1, 1), code.ActionEffectiveDate);
        Assert.Null(code.TerminationDate);
        Assert.Equal("N", code.ActionCode);
        Assert.Equal(["2049"], code.Other.MedicareCarriersManual);
        Assert.Equal("0", code.Other.AnesthesiaBaseUnits);
    }

    [Theory]
    [InlineData("1989-12-31", false)] // before ADD DT 19900101
    [InlineData("1990-01-01", true)]
    [InlineData("2021-12-31", true)] // TERM DT 20211231 is the last valid day
    [InlineData("2022-01-01", false)]
    public void A_terminated_code_is_valid_only_between_its_add_and_termination_dates(string date, bool valid)
    {
        var dateOfService = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("Irrigation supply; sleeve, each", Oct2025.Value.Find("A4397")!.LongDescription);
        Assert.Equal(valid, Oct2025.Value.IsValidOn("A4397", dateOfService));
    }

    [Fact]
    public void Unknown_codes_are_never_valid() => Assert.False(Oct2025.Value.IsValidOn("99213", new DateOnly(2025, 10, 1)));

    [Fact]
    public void Reads_level_ii_modifiers()
    {
        var right = Oct2025.Value.FindModifier("rt")!;

        Assert.Equal("Right side", right.ShortDescription);
        Assert.Equal("Right side (used to identify procedures performed on the right side of the body)", right.LongDescription);
        Assert.Equal(new DateOnly(1984, 1, 1), right.AddDate);
        Assert.True(right.IsValidOn(new DateOnly(2025, 10, 1)));
        Assert.Null(Oct2025.Value.Find("RT"));
    }

    [Fact]
    public void Joins_a_long_description_continued_on_later_rows()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "continued.tsv");
            File.WriteAllLines(path, [Header(), Row(("SEQNUM", "0010"), ("LONG DESCRIPTION", "Injection, first part")), Row(("SEQNUM", "0020"), ("RECID", "4"), ("LONG DESCRIPTION", "second part"))]);

            var code = HcpcsRelease.Load(path).Codes.Single();

            Assert.Equal("Injection, first part second part", code.LongDescription);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Oct2025.Value, HcpcsRelease.Read);

        Assert.Equal(Json(Oct2025.Value.Codes), Json(restored.Codes));
        Assert.Equal(Oct2025.Value.Modifiers, restored.Modifiers);
    }

    [Theory]
    [InlineData("ADD DT", "2025-01-01")] // dates are yyyymmdd
    [InlineData("RECID", "5")]
    [InlineData("HCPC", "J11")]
    public void A_malformed_row_names_the_file_and_line(string column, string value)
    {
        var content = string.Join("\n", Header(), Row(), Row(("HCPC", "J1200"), (column, value)));

        AssertRejected("HCPC2030_JAN_ANWEB.tsv", content, path => HcpcsRelease.Load(path), expectedLine: 3);
    }

    private static string Header() => string.Join('\t', Columns);

    private static string Row(params (string Column, string Value)[] values)
    {
        var fields = Columns.Select(c => c switch
        {
            "HCPC" => "J1100",
            "SEQNUM" => "0010",
            "RECID" => "3",
            "LONG DESCRIPTION" => "Injection",
            "ADD DT" => "20250101",
            _ => string.Empty,
        }).ToArray();
        foreach (var (column, value) in values)
        {
            fields[Array.IndexOf(Columns, column)] = value;
        }

        return string.Join('\t', fields);
    }
}
