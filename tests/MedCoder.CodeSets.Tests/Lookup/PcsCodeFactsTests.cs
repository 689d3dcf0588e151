using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Lookup;

namespace MedCoder.CodeSets.Tests.Lookup;

/// <summary>Code facts of ICD-10-PCS codes in every section, including those whose axes share a name.</summary>
public sealed class PcsCodeFactsTests
{
    private static readonly DateOnly InFy2026 = new(2026, 3, 2);
    private static readonly Lazy<CodeLookup> Lookup = new(() => new CodeLookup(CodeSetLibrary.Load()));

    [Theory]
    [InlineData('0')]
    [InlineData('4')]
    [InlineData('6')]
    [InlineData('B')]
    public void Every_section_describes_its_seven_axes(char section)
    {
        var code = FirstValidCodeOf(section);

        var facts = Lookup.Value.Describe(CodeSystemNames.Icd10Pcs, code, InFy2026)!;

        Assert.True(facts.Usable);
        Assert.Equal(7, facts.Details.Count);
        Assert.Equal(code, string.Concat(facts.Details.Values));
    }

    [Fact]
    public void A_name_two_positions_share_carries_the_position()
    {
        var facts = Lookup.Value.Describe(CodeSystemNames.Icd10Pcs, FirstValidCodeOf('B'), InFy2026)!;

        Assert.Contains("Qualifier (6)", facts.Details.Keys);
        Assert.Contains("Qualifier (7)", facts.Details.Keys);
        Assert.Contains("Body Part", facts.Details.Keys);
    }

    private static string FirstValidCodeOf(char section) =>
        CodeSetLibrary.Load().ReleasesOf(SourceKind.Icd10PcsOrder)
            .Select(t => (MedCoder.CodeSets.Icd10Pcs.Icd10PcsRelease)t.Table)
            .Last()
            .Rows.First(r => r.Valid && r.Code[0] == section).Code;
}
