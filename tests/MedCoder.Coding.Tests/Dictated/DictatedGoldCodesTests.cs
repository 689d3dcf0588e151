using MedCoder.CodeSets.Lookup;
using MedCoder.Coding.Training.Dictated;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests.Dictated;

/// <summary>The gold is data: every code must be one a claim can carry on the note's date of service.</summary>
public sealed class DictatedGoldCodesTests
{
    [Fact]
    public void Every_gold_code_is_valid_and_billable_on_its_date_of_service()
    {
        var lookup = new CodeLookup(SharedCoder.CodeSets.Value);
        var notes = DictatedNoteSet.Load(DictatedNoteSet.DefaultPath);

        var unusable = notes
            .SelectMany(n => n.Gold.Select(g => (Note: n, Gold: g)))
            .Where(x => lookup.Describe(x.Gold.System == CodeSystems.Icd10Cm ? CodeSystemNames.Icd10Cm : CodeSystemNames.Icd10Pcs, x.Gold.Code, x.Note.DateOfService) is not { Usable: true })
            .Select(x => $"{x.Note.Set}/{x.Note.Id} {x.Gold.System} {x.Gold.Code}")
            .ToList();

        Assert.NotEmpty(notes);
        Assert.Empty(unusable);
    }

    [Fact]
    public void No_gold_icd10pcs_code_on_a_note_outside_inpatient()
    {
        var outside = DictatedNoteSet.Load(DictatedNoteSet.DefaultPath)
            .Where(n => n.Setting != CareSetting.Inpatient && n.Gold.Any(g => g.System == CodeSystems.Icd10Pcs))
            .Select(n => $"{n.Set}/{n.Id}")
            .ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void Gold_icd10cm_codes_are_written_with_their_dot()
    {
        var undotted = DictatedNoteSet.Load(DictatedNoteSet.DefaultPath)
            .SelectMany(n => n.Gold.Where(g => g.System == CodeSystems.Icd10Cm && g.Code.Length > 3 && g.Code[3] != '.').Select(g => $"{n.Set}/{n.Id} {g.Code}"))
            .ToList();

        Assert.Empty(undotted);
    }
}
