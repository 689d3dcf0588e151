using MedCoder.Contracts.Encounters;

namespace MedCoder.Intake.Tests;

/// <summary>A complete, valid office-visit submission for tests to start from.</summary>
internal static class SampleSubmissions
{
    public const string ValidNpi = "1234567893"; // the CMS example NPI

    public static EncounterSubmission Valid(string encounterId = "E-1", string organization = "general-hospital") => new()
    {
        Organization = organization,
        SourceSystem = "test-ehr",
        EncounterId = encounterId,
        Setting = "office",
        ServiceStart = new DateOnly(2026, 3, 2),
        Patient = new PatientSubmission { Id = "MRN-1", BirthDate = new DateOnly(1960, 5, 1), Sex = "female" },
        RenderingProviderNpi = ValidNpi,
        BillingProviderNpi = ValidNpi,
        Coverage = new CoverageSubmission { PayerId = "acme-health", MemberId = "ACM123" },
        Notes =
        [
            new NoteSubmission { Type = "progress", Author = "Dr. Test", Date = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), Text = "ASSESSMENT: Essential (primary) hypertension." },
        ],
        Charges = [new ChargeSubmission { Code = "99213", Units = 1, Amount = 120m }],
    };
}
