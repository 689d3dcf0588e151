using MedCoder.CodeSets.Edits;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Edits;

/// <summary>The shipped NCCI add-on code edits (2026 Q3); pairs were read from the file.</summary>
public sealed class AddOnCodeEditsTests
{
    private static readonly Lazy<AddOnCodeEdits> Q3 = new(() => AddOnCodeEdits.Load(PathOf("ncci", "ncci_aoc_edits_2026q3_derived.json.gz")));

    [Fact]
    public void Has_the_published_counts()
    {
        Assert.Equal(7_743, Q3.Value.Edits.Count);
        Assert.Equal(723, Q3.Value.AddOnCodes.Count);
        Assert.All(Q3.Value.Edits, e => Assert.Null(e.DeletionDate));
    }

    [Fact]
    public void Finds_the_primary_codes_of_an_add_on()
    {
        var pair = Assert.Single(Q3.Value.PrimariesFor("99292"));

        Assert.True(Q3.Value.IsAddOn("99292"));
        Assert.False(Q3.Value.IsAddOn("99291"));
        Assert.Equal("99291", pair.PrimaryCode);
        Assert.Equal(AddOnEditType.Type1, pair.EditType);
        Assert.Equal(new DateOnly(2013, 4, 1), pair.EffectiveDate);
        Assert.True(pair.IsActiveOn(new DateOnly(2026, 7, 1)));
        Assert.False(pair.IsActiveOn(new DateOnly(2013, 3, 31)));
        Assert.Equal(["96160", "96161", "99292"], Q3.Value.AddOnsFor("99291").Select(e => e.AddOnCode).Order(StringComparer.Ordinal));
        Assert.Empty(Q3.Value.PrimariesFor("99291"));
    }

    [Fact]
    public void Marks_contractor_defined_primaries()
    {
        var pair = Assert.Single(Q3.Value.PrimariesFor("0054T"));

        Assert.True(pair.IsContractorDefinedPrimary);
        Assert.Equal(AddOnEditType.Type2, pair.EditType);
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Q3.Value, AddOnCodeEdits.Read);

        Assert.Equal(Q3.Value.Edits, restored.Edits);
    }

    [Fact]
    public void A_malformed_edit_type_names_the_file_and_line()
    {
        const string content = """
            [
              { "code1": "99292", "code2": "99291", "effective_date": "2013-04-01", "end_date": "", "modifier": "1", "description": "Type 1" },
              {
                "code1": "99293", "code2": "99291", "effective_date": "2013-04-01", "end_date": "", "modifier": "7", "description": "?"
              }
            ]
            """;

        AssertRejected("aoc.json", content, path => AddOnCodeEdits.Load(path), expectedLine: 3);
    }

    [Fact]
    public void A_malformed_date_names_the_file_and_line()
    {
        const string content = """
            [
              { "code1": "99292", "code2": "99291", "effective_date": "04/01/2013", "end_date": "", "modifier": "1", "description": "Type 1" }
            ]
            """;

        AssertRejected("aoc.json", content, path => AddOnCodeEdits.Load(path), expectedLine: 2);
    }
}
