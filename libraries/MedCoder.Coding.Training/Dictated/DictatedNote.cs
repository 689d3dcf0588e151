using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Training.Dictated;

/// <summary>One note of a dictated-note set with what the encounter needs (setting, date of service, age, sex) and its gold codes.</summary>
public sealed record DictatedNote(
    string Id,
    string Set,
    string Split,
    string Kind,
    CareSetting Setting,
    DateOnly DateOfService,
    int Age,
    AdministrativeSex Sex,
    string Text,
    IReadOnlyList<DictatedGoldCode> Gold)
{
    /// <summary>The first-listed diagnosis (ICD-10-CM rank 1), if the gold names one.</summary>
    public DictatedGoldCode? FirstListed => Gold.FirstOrDefault(g => g.System == CodeSystems.Icd10Cm && g.Rank == 1);
}
