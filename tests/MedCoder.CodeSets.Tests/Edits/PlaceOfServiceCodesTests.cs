using MedCoder.CodeSets.Edits;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Edits;

/// <summary>The shipped derived Place of Service list; values were read from the file.</summary>
public sealed class PlaceOfServiceCodesTests
{
    private static readonly Lazy<PlaceOfServiceCodes> Pos = new(() => PlaceOfServiceCodes.Load(PathOf("reference", "pos_codes_derived.json")));

    [Fact]
    public void Has_49_codes_with_facility_flags()
    {
        Assert.Equal(49, Pos.Value.Codes.Count);
        Assert.Equal(18, Pos.Value.Codes.Count(c => c.IsFacility));
    }

    [Fact]
    public void Finds_names_and_facility_flags()
    {
        Assert.Equal(new PlaceOfService("11", "Office", IsFacility: false), Pos.Value.Find("11"));
        Assert.Equal(new PlaceOfService("21", "Inpatient Hospital", IsFacility: true), Pos.Value.Find("21"));
        Assert.Equal("Pharmacy", Pos.Value.Find("1")!.Name);
        Assert.Null(Pos.Value.Find("98"));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Pos.Value, PlaceOfServiceCodes.Read);

        Assert.Equal(Pos.Value.Codes, restored.Codes);
    }

    [Fact]
    public void A_malformed_facility_flag_names_the_file_and_line()
    {
        const string content = """
            {
              "codes": {
                "11": {"name": "Office", "facility": "N"},
                "21": {"name": "Inpatient Hospital", "facility": "Y"}
              }
            }
            """;

        AssertRejected("pos.json", content, path => PlaceOfServiceCodes.Load(path), expectedLine: 4);
    }
}
