using MedCoder.CodeSets.Search;
using MedCoder.CodeSets.Tests.Library;

namespace MedCoder.CodeSets.Tests.Search;

/// <summary>What coders type, and the code a coder expects on top (expectations from the code book, not from the engine).</summary>
public sealed class CodeSearchIndexTests
{
    private static readonly Lazy<CodeSearchIndex> Fy2026 = new(() =>
        new CodeSearchIndex(Icd10CmSearchEntries.For(CodeSetLibraryTests.Shipped.Value.Icd10CmEditions.Single(e => e.FiscalYear == 2026))));

    [Theory]
    [InlineData("chf", "I50.9")]                        // "Congestive heart failure NOS" is an inclusion term of I50.9
    [InlineData("type 2 diabetes with ckd", "E11.22")]
    [InlineData("uti", "N39.0")]
    [InlineData("copd", "J44.9")]
    [InlineData("pneumonia", "J18.9")]
    [InlineData("essential htn", "I10")]
    public void The_expected_code_ranks_first(string query, string expected) =>
        Assert.Equal(expected, Fy2026.Value.Search(query, 5)[0].Code);

    [Fact]
    public void Fracture_queries_prefer_the_initial_encounter_and_keep_laterality()
    {
        var hits = Fy2026.Value.Search("fx left radius", 10);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("left radius", h.Description, StringComparison.OrdinalIgnoreCase));
        Assert.EndsWith("A", hits[0].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_being_typed_matches_as_a_prefix()
    {
        Assert.Contains(Fy2026.Value.Search("appendic", 10), h => h.Code.StartsWith("K35", StringComparison.Ordinal));
        Assert.Empty(Fy2026.Value.Search("zzqx", 10));
        Assert.Empty(Fy2026.Value.Search("  ", 10));
    }
}
