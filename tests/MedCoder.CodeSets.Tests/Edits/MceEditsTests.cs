using MedCoder.CodeSets.Edits;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Edits;

/// <summary>The shipped derived MCE lists; counts are the file's own "counts" block, codes were read from the file.</summary>
public sealed class MceEditsTests
{
    private static readonly Lazy<MceEdits> Fy2026 = new(() => MceEdits.Load(PathOf("mce", "mce_edits_fy2026_derived.json")));

    [Theory]
    [InlineData(MceEditLists.ManifestationNotPrincipal, 422)]
    [InlineData(MceEditLists.UnacceptablePrincipal, 2_656)]
    [InlineData(MceEditLists.Newborn, 42)]
    [InlineData(MceEditLists.Pediatric, 125)]
    [InlineData(MceEditLists.Maternity, 2_543)]
    [InlineData(MceEditLists.Adult, 856)]
    [InlineData(MceEditLists.UnacceptablePrincipalUnlessSecondary, 1)]
    public void Has_the_published_list_sizes(MceEditLists list, int count) => Assert.Equal(count, Fy2026.Value.CountOn(list));

    [Fact]
    public void Lists_each_code_once_even_when_it_is_on_two_lists()
    {
        Assert.Equal(6_430, Fy2026.Value.Codes.Count);

        var erectile = Fy2026.Value.Find("N52.1")!;
        Assert.Equal(MceEditLists.ManifestationNotPrincipal | MceEditLists.Adult, erectile.Lists);
        Assert.Equal([new MceAgeEdit(MceEditLists.Adult, new MceAgeRange(15, 124))], erectile.AgeEdits);
    }

    [Theory]
    [InlineData(MceEditLists.Newborn, 0, 0)]
    [InlineData(MceEditLists.Pediatric, 0, 17)]
    [InlineData(MceEditLists.Maternity, 9, 64)]
    [InlineData(MceEditLists.Adult, 15, 124)]
    public void Reads_the_age_ranges(MceEditLists list, int min, int max) => Assert.Equal(new MceAgeRange(min, max), Fy2026.Value.AgeRanges[list]);

    [Fact]
    public void Answers_lookups_by_code()
    {
        Assert.Equal(MceEditLists.ManifestationNotPrincipal, Fy2026.Value.ListsOf("D63.0"));
        Assert.Equal("Anemia in neoplastic disease", Fy2026.Value.Find("D630")!.Description);
        Assert.Equal(MceEditLists.UnacceptablePrincipalUnlessSecondary, Fy2026.Value.ListsOf("Z51.89"));
        Assert.Equal(MceEditLists.Maternity, Fy2026.Value.ListsOf("O80"));
        Assert.Equal(MceEditLists.None, Fy2026.Value.ListsOf("I10"));
        Assert.Null(Fy2026.Value.Find("I10"));
    }

    [Fact]
    public void Finds_age_conflicts()
    {
        Assert.Equal(MceEditLists.Newborn, Assert.Single(Fy2026.Value.AgeConflicts("A33", 5)).List);
        Assert.Empty(Fy2026.Value.AgeConflicts("A33", 0));
        Assert.Empty(Fy2026.Value.AgeConflicts("O80", 30));
        Assert.Single(Fy2026.Value.AgeConflicts("O80", 70));
    }

    [Fact]
    public void Has_no_sex_edits_and_says_why()
    {
        Assert.Contains("sex_conflict", Fy2026.Value.ExcludedEdits.Keys);
        Assert.Contains("deactivated", Fy2026.Value.ExcludedEdits["sex_conflict"], StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Fy2026.Value, MceEdits.Read);

        Assert.Equal(Json(Fy2026.Value.Codes), Json(restored.Codes));
        Assert.Equal(Fy2026.Value.AgeRanges.OrderBy(r => r.Key), restored.AgeRanges.OrderBy(r => r.Key));
        Assert.Equal(Fy2026.Value.ExcludedEdits.OrderBy(r => r.Key, StringComparer.Ordinal), restored.ExcludedEdits.OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_malformed_code_names_the_file_and_line()
    {
        const string content = """
            {
              "age_categories": { "newborn": { "min_age": 0, "max_age": 0 } },
              "codes": {
                "age_newborn": [
                  { "code": "A33", "description": "Tetanus neonatorum" },
                  { "code": "P00.0", "description": "dotted" }
                ]
              }
            }
            """;

        AssertRejected("mce.json", content, path => MceEdits.Load(path), expectedLine: 6);
    }

    [Fact]
    public void Counts_that_disagree_with_the_lists_name_the_file_and_line()
    {
        const string content = """
            {
              "codes": { "unacceptable_pdx": [ { "code": "B950", "description": "Streptococcus" } ] },
              "counts": { "unacceptable_pdx": 2 }
            }
            """;

        AssertRejected("mce.json", content, path => MceEdits.Load(path), expectedLine: 3);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line() =>
        AssertRejected("mce.json", "{\n  \"codes\": {\n    \"unacceptable_pdx\": [ { \"code\": } ]\n  }\n}", path => MceEdits.Load(path), expectedLine: 3);
}
