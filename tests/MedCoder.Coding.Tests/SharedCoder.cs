using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

internal static class SharedCoder
{
    public static readonly Lazy<CodeSetLibrary> CodeSets = new(() => CodeSetLibrary.Load());

    public static readonly Lazy<ClinicalCoder> Instance = new(() => new ClinicalCoder(CodeSets.Value));

    public static IReadOnlyList<string> Codes(string note, CareSetting setting = CareSetting.Office) =>
        Instance.Value.Code(TestEncounters.WithNote(note, setting: setting)).Codes.Select(c => c.Code).ToList();
}
