using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Edits;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Cpt;

/// <summary>CPT code numbers gathered from the shipped MUE and add-on code tables; counts were computed from those files.</summary>
public sealed class CptCodeNumbersTests
{
    private static readonly Lazy<CptCodeNumbers> Numbers = new(() => CptCodeNumbers.From(
        MueTable.Load(PathOf("ncci", "MCR_MUE_PractitionerServices_Eff_04-01-2026.reconstructed.tsv.gz")),
        AddOnCodeEdits.Load(PathOf("ncci", "ncci_aoc_edits_2026q3_derived.json.gz"))));

    [Fact]
    public void Collects_cpt_numbers_by_kind()
    {
        Assert.Equal(10_827, Numbers.Value.Codes.Count);
        Assert.Equal(9_787, Numbers.Value.CountOf(CptCodeKind.CategoryI));
        Assert.Equal(0, Numbers.Value.CountOf(CptCodeKind.CategoryII));
        Assert.Equal(574, Numbers.Value.CountOf(CptCodeKind.CategoryIII));
        Assert.Equal(452, Numbers.Value.CountOf(CptCodeKind.ProprietaryLaboratoryAnalyses));
        Assert.Equal(14, Numbers.Value.CountOf(CptCodeKind.MultianalyteAssay));
    }

    [Fact]
    public void Contains_cpt_numbers_only()
    {
        Assert.True(Numbers.Value.Contains("99213"));
        Assert.True(Numbers.Value.Contains("0054t"));
        Assert.False(Numbers.Value.Contains("J1100")); // HCPCS Level II
        Assert.False(Numbers.Value.Contains("CCCCC")); // AOC placeholder primary
    }

    [Theory]
    [InlineData("99213", CptCodeKind.CategoryI)]
    [InlineData("0001F", CptCodeKind.CategoryII)]
    [InlineData("0042T", CptCodeKind.CategoryIII)]
    [InlineData("0001U", CptCodeKind.ProprietaryLaboratoryAnalyses)]
    [InlineData("0002M", CptCodeKind.MultianalyteAssay)]
    [InlineData("J1100", null)]
    [InlineData("9921", null)]
    [InlineData("0042X", null)]
    public void Tells_the_kinds_of_code_apart(string code, CptCodeKind? kind) => Assert.Equal(kind, CptCodeFormat.KindOf(code));

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Numbers.Value, CptCodeNumbers.Read);

        Assert.Equal(Numbers.Value.Codes, restored.Codes);
    }
}
