using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Coding;

/// <summary>
/// A plain-text note as an encounter the engine accepts. Everything a note file does not say
/// (patient, providers, coverage) is a fixed placeholder, so the codes depend on the text, the
/// setting and the date of service only.
/// </summary>
public static class NoteEncounters
{
    public const string PlaceholderNpi = "1234567893";

    public static Encounter From(string fileName, string text, CareSetting setting, DateOnly dateOfService) =>
        From(fileName, text, setting, dateOfService, new Patient("cli", new DateOnly(1970, 1, 1), AdministrativeSex.Unknown));

    /// <summary>The same with the patient a note's metadata gives (age and sex matter to some codes and edits).</summary>
    public static Encounter From(string fileName, string text, CareSetting setting, DateOnly dateOfService, Patient patient) =>
        new(
            new EncounterKey("cli", "file", fileName),
            1,
            setting,
            dateOfService,
            dateOfService,
            patient,
            PlaceholderNpi,
            PlaceholderNpi,
            new Coverage("cli", "cli"),
            [new ClinicalNote("note", "cli", new DateTimeOffset(dateOfService, TimeOnly.MinValue, TimeSpan.Zero), text)],
            []);
}
