using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>HCPCS drug units = documented dose ÷ the dose in the code's descriptor, partial units rounded up (HCPCS Oct 2025 descriptors).</summary>
public sealed class DrugUnitsTests
{
    private static IReadOnlyList<SuggestedCode> Drugs(string note) =>
        Instance.Value.Code(TestEncounters.WithNote(note, new DateOnly(2025, 11, 3), CareSetting.Emergency)).Codes.Where(c => c.System == CodeSystems.Hcpcs).ToList();

    [Fact]
    public void Dexamethasone_10_mg_given_iv_is_ten_units_of_J1100()
    {
        var drug = Assert.Single(Drugs("ED COURSE: Dexamethasone 10 mg IV given.\nASSESSMENT: Essential (primary) hypertension."));

        Assert.Equal(("J1100", 10), (drug.Code, drug.Units)); // J1100: "Injection, dexamethasone sodium phosphate, 1 mg"
    }

    [Theory]
    [InlineData("ED COURSE: Ceftriaxone 1 g IV administered.", 4)]   // J0696 is "per 250 mg": 1,000 mg = 4 units
    [InlineData("ED COURSE: Ceftriaxone 600 mg IM given.", 3)]      // 2.4 units: a partial unit bills as one
    public void Grams_convert_to_the_codes_milligrams_and_partial_units_round_up(string note, int units)
    {
        var ceftriaxone = Assert.Single(Drugs(note));

        Assert.Equal(("J0696", units), (ceftriaxone.Code, ceftriaxone.Units));
    }

    [Fact]
    public void A_drug_documented_twice_is_billed_once_at_its_larger_dose()
    {
        var drug = Assert.Single(Drugs("ED COURSE: Dexamethasone 4 mg IV given.\nSUMMARY: Dexamethasone 10 mg IV administered in the ED."));

        Assert.Equal(10, drug.Units);
    }

    [Fact]
    public void Home_medications_and_held_doses_are_not_billed()
    {
        Assert.Empty(Drugs("MEDICATIONS: Dexamethasone 4 mg PO daily.\nPLAN: Hold ceftriaxone 1 g IV until cultures return."));
    }
}
