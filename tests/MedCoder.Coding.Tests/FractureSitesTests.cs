using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Fractures looked up in the Alphabetic Index (README, "Claim coding"): bone, site and displacement as the note words
/// them, "see" references followed, then side, displaced by default, closed, and the encounter's 7th character.
/// </summary>
public sealed class FractureSitesTests
{
    [Theory]
    [InlineData("IMPRESSION: Nondisplaced fracture of the waist of the right scaphoid.", "S62.024A")]
    [InlineData("ASSESSMENT: Closed nondisplaced fracture of base of fifth metatarsal, left foot, initial.", "S92.355A")]
    [InlineData("ASSESSMENT: Displaced bimalleolar fracture of the left ankle.", "S82.842A")]
    [InlineData("ASSESSMENT: Displaced fracture of the right fifth metacarpal neck (boxer fracture).", "S62.336A")]
    [InlineData("ASSESSMENT: Buckle (torus) fracture of the right distal radius.", "S52.521A")]
    [InlineData("POSTOPERATIVE DIAGNOSIS: Displaced subcapital fracture of the right femoral neck.", "S72.011A")]
    [InlineData("IMPRESSION: Closed nondisplaced right lateral malleolus fracture, Weber B, stable mortise.", "S82.64XA")]
    public void A_fracture_is_coded_by_its_index_path(string note, string expected)
    {
        Assert.Equal(expected, Codes(note, CareSetting.Emergency)[0]);
    }

    [Fact]
    public void Several_rib_fractures_are_multiple_fractures_of_ribs()
    {
        var codes = Codes("ASSESSMENT: Left rib fractures, healing routinely - subsequent encounter.");

        Assert.Contains("S22.42XD", codes);
    }

    [Fact]
    public void A_named_fracture_the_index_lists_elsewhere_is_kept()
    {
        var codes = Codes("ASSESSMENT: Colles' fracture of left radius, initial encounter.", CareSetting.Emergency);

        Assert.Contains(codes, c => c.StartsWith("S52.53", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pathological_fracture_is_not_read_as_traumatic()
    {
        var codes = Codes("ASSESSMENT: Osteoporotic compression fracture of L1 vertebra, initial encounter.", CareSetting.Emergency);

        Assert.DoesNotContain(codes, c => c.StartsWith("S32", StringComparison.Ordinal));
    }
}
