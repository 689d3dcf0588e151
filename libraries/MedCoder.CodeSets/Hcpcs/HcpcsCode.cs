namespace MedCoder.CodeSets.Hcpcs;

/// <summary>
/// One HCPCS Level II code (RECID 3) of the CMS alpha-numeric file. Indicator values are kept as CMS gives
/// them (e.g. coverage C/D/I/M/S, BETOS "O1E"); lists drop the blank numbered columns (PRICE1-4, TOS1-5).
/// TerminationDate is the last day the code may be reported.
/// </summary>
public sealed record HcpcsCode(
    string Code,
    string LongDescription,
    string ShortDescription,
    IReadOnlyList<string> PricingIndicators,
    string MultiplePricingIndicator,
    string CoverageCode,
    string Betos,
    IReadOnlyList<string> TypesOfService,
    DateOnly? AddDate,
    DateOnly? ActionEffectiveDate,
    DateOnly? TerminationDate,
    string ActionCode,
    HcpcsOtherFields Other)
{
    /// <summary>Reportable on a date of service: added on or before it and not terminated before it.</summary>
    public bool IsValidOn(DateOnly dateOfService) => HcpcsDates.IsValidOn(AddDate, TerminationDate, dateOfService);
}

/// <summary>The remaining columns of the CMS file, as given (trimmed); the coder does not interpret them yet.</summary>
public sealed record HcpcsOtherFields(
    IReadOnlyList<string> CoverageIssuesManual,
    IReadOnlyList<string> MedicareCarriersManual,
    string Statute,
    IReadOnlyList<string> LabCertifications,
    IReadOnlyList<string> CrossReferences,
    string AscGroup,
    string AscDate,
    string Opps,
    string OppsPaymentIndicator,
    string OppsDate,
    string ProcessingNote,
    string AnesthesiaBaseUnits);

/// <summary>One HCPCS Level II modifier (RECID 7), e.g. RT "Right side".</summary>
public sealed record HcpcsModifier(
    string Code,
    string LongDescription,
    string ShortDescription,
    string CoverageCode,
    DateOnly? AddDate,
    DateOnly? ActionEffectiveDate,
    DateOnly? TerminationDate,
    string ActionCode)
{
    public bool IsValidOn(DateOnly dateOfService) => HcpcsDates.IsValidOn(AddDate, TerminationDate, dateOfService);
}

internal static class HcpcsDates
{
    public static bool IsValidOn(DateOnly? added, DateOnly? terminated, DateOnly dateOfService) =>
        (added is null || added.Value <= dateOfService) && (terminated is null || dateOfService <= terminated.Value);
}
