using MedCoder.CodeSets.Icd10Pcs;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Icd10Pcs;

/// <summary>The shipped FY2026 PCS order file; expected values were read from the file itself.</summary>
public sealed class Icd10PcsReleaseTests
{
    private static readonly Lazy<Icd10PcsRelease> Fy2026 = new(() => Icd10PcsRelease.Load(PathOf("icd10pcs", "fy2026", "icd10pcs_order_2026.txt.gz"), 2026));

    [Fact]
    public void Has_the_official_line_and_valid_code_counts()
    {
        Assert.Equal(80_029, Fy2026.Value.Rows.Count);
        Assert.Equal(79_115, Fy2026.Value.ValidCodeCount);
        Assert.Equal(914, Fy2026.Value.Rows.Count(r => r.IsTableHeader));
        Assert.Equal(new DateOnly(2025, 10, 1), Fy2026.Value.EffectiveFrom);
    }

    [Fact]
    public void Finds_a_laparoscopic_appendectomy()
    {
        var code = Fy2026.Value.Find("0dtj4zz")!;

        Assert.True(code.Valid);
        Assert.Equal(32_835, code.OrderNumber);
        Assert.Equal("Resection of Appendix, Percutaneous Endoscopic Approach", code.LongDescription);
        Assert.Equal("Resection of Appendix, Percutaneous Endoscopic Approach", code.ShortDescription);
        Assert.Equal("Resection of Appendix, Endo", Fy2026.Value.Find("0DTJ8ZZ")!.ShortDescription);
    }

    [Theory]
    [InlineData("0DT")] // table header row, not reportable
    [InlineData("0DTJ4Z")] // too short
    [InlineData("0DTJ4ZX")] // well formed but not in the table
    public void Headers_and_unknown_codes_are_not_valid(string code) => Assert.False(Fy2026.Value.IsValid(code));

    [Fact]
    public void Header_rows_give_the_table_title()
    {
        var header = Fy2026.Value.Find("0DT")!;

        Assert.True(header.IsTableHeader);
        Assert.Equal("Gastrointestinal System, Resection", header.LongDescription);
        Assert.Equal("Gastrointestinal System, Resection", Fy2026.Value.TableTitle("0DTJ4ZZ"));
    }

    [Fact]
    public void Splits_a_medical_and_surgical_code_into_named_axes()
    {
        var structure = Fy2026.Value.Axes("0DTJ4ZZ")!;

        Assert.Equal("Medical and Surgical", structure.SectionName);
        Assert.Equal("Gastrointestinal System, Resection", structure.TableTitle);
        Assert.Equal(
            ["Section 0", "Body System D", "Root Operation T", "Body Part J", "Approach 4", "Device Z", "Qualifier Z"],
            structure.Axes.Select(a => $"{a.Name} {a.Value}"));
    }

    [Theory]
    [InlineData("B020ZZZ", "Imaging", "Root Type", "Contrast", "Imaging, Central Nervous System, Computerized Tomography (CT Scan)")]
    [InlineData("GZ10ZZZ", "Mental Health", "Type", "Qualifier", "Mental Health, Psychological Tests")]
    [InlineData("XW033E5", "New Technology", "Root Operation", "Approach", "New Technology, Anatomical Regions, Introduction")]
    public void Other_sections_name_their_axes_differently(string code, string section, string axis3, string axis5, string title)
    {
        var structure = Fy2026.Value.Axes(code)!;

        Assert.True(Fy2026.Value.IsValid(code));
        Assert.Equal(section, structure.SectionName);
        Assert.Equal(axis3, structure.Axes[2].Name);
        Assert.Equal(axis5, structure.Axes[4].Name);
        Assert.Equal(title, structure.TableTitle);
    }

    [Fact]
    public void Every_section_in_the_file_has_axis_names()
    {
        var sections = Fy2026.Value.Rows.Select(r => r.Code[0]).Distinct();

        Assert.All(sections, s => Assert.NotNull(PcsSections.AxisNamesOf(s)));
    }

    [Theory]
    [InlineData("0DTJ4Z")]
    [InlineData("0DTJ4ZI")] // I and O are not used in PCS
    [InlineData("EDTJ4ZZ")] // no section E
    public void Text_that_cannot_be_a_pcs_code_has_no_axes(string code) => Assert.Null(Fy2026.Value.Axes(code));

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Fy2026.Value, Icd10PcsRelease.Read);

        Assert.Equal(2026, restored.FiscalYear);
        Assert.Equal(Fy2026.Value.Rows, restored.Rows);
        Assert.Equal("Gastrointestinal System, Resection", restored.TableTitle("0DTJ4ZZ"));
    }

    [Theory]
    [InlineData("2")] // valid flag must be 0 or 1
    [InlineData("1", "0DT")] // a valid row needs 7 characters
    public void A_malformed_order_file_names_the_file_and_line(string flag, string code = "0DTJ4ZZ")
    {
        var content = string.Join("\r\n", Line(1, "0DT", "0", "Gastrointestinal System, Resection"), Line(2, code, flag, "Resection of Appendix"));

        AssertRejected("icd10pcs_order_2030.txt", content, path => Icd10PcsRelease.Load(path, 2030), expectedLine: 2);
    }

    private static string Line(int order, string code, string flag, string title) => $"{order:D5} {code,-7} {flag} {title,-60} {title}";
}
