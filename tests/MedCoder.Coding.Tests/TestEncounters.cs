using MedCoder.Contracts.Encounters;
using MedCoder.Testing;

namespace MedCoder.Coding.Tests;

internal static class TestEncounters
{
    public static Encounter WithNote(string text, DateOnly? dateOfService = null, CareSetting setting = CareSetting.Office) =>
        new EncounterBuilder().WithNote(text).WithServiceDate(dateOfService ?? EncounterBuilder.ServiceDate).WithSetting(setting).Build();
}
