namespace MedCoder.Contracts.Encounters;

/// <summary>One clinical note in a submission (see <see cref="EncounterSubmission"/>).</summary>
public sealed class NoteSubmission
{
    /// <summary>e.g. progress, discharge-summary, history-and-physical, operative, emergency</summary>
    public string? Type { get; set; }
    public string? Author { get; set; }
    public DateTimeOffset? Date { get; set; }
    public string? Text { get; set; }
}
