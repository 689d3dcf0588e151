namespace MedCoder.Contracts.Encounters;

/// <summary>The attending provider in a submission (NPI and name required, taxonomy optional).</summary>
public sealed class AttendingProviderSubmission
{
    public string? Npi { get; set; }
    public NameSubmission? Name { get; set; }
    public string? Taxonomy { get; set; }
}
