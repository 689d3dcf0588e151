namespace MedCoder.Contracts.Encounters;

/// <summary>A person's name in a submission (last and first required, middle optional).</summary>
public sealed class NameSubmission
{
    public string? Last { get; set; }
    public string? First { get; set; }
    public string? Middle { get; set; }
}
