using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;

namespace MedCoder.Coding.Tests;

internal static class SharedCoder
{
    public static readonly Lazy<CodeSetLibrary> CodeSets = new(() => CodeSetLibrary.Load());

    public static readonly Lazy<ClinicalCoder> Instance = new(() => new ClinicalCoder(CodeSets.Value));

    public static IReadOnlyList<string> Codes(string note, CareSetting setting = CareSetting.Office) =>
        Instance.Value.Code(TestEncounters.WithNote(note, setting: setting)).Codes.Select(c => c.Code).ToList();

    /// <summary>A woman's codes: pregnancy and delivery rules read only for a patient who is not male.</summary>
    public static List<string> WomansCodes(string note, CareSetting setting = CareSetting.Office) =>
        [.. Instance.Value.Code(new EncounterBuilder().WithNote(note).WithSetting(setting).WithPatientSex(AdministrativeSex.Female).Build()).Codes.Select(c => c.Code)];
}
