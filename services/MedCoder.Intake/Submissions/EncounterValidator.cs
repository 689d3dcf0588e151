using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Intake.Submissions;

/// <summary>Checks every field of a submission and either builds the immutable Encounter or lists every problem.</summary>
public sealed class EncounterValidator(TimeProvider clock)
{
    public const int MaxNotes = 50;
    public const int MaxNoteLength = 200_000;

    /// <summary>
    /// All note text together: every pipeline message carries the whole encounter, and RabbitMQ 4 refuses messages
    /// over 16 MiB by default; a million characters stay under 6 MB of JSON even with every character escaped.
    /// </summary>
    public const int MaxTotalNoteLength = 1_000_000;

    /// <summary>Note type and author are labels, not content.</summary>
    public const int MaxNoteLabelLength = 200;

    public const int MaxIdLength = 64;

    /// <summary>A correction counter, not a timestamp; the bound keeps revision arithmetic far from int overflow.</summary>
    public const int MaxRevision = 1_000_000;

    public const int MaxModifiers = 4;

    public ValidationResult Validate(EncounterSubmission submission)
    {
        var errors = new ValidationErrors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        errors.RequireId("organization", submission.Organization);
        errors.RequireId("sourceSystem", submission.SourceSystem);
        errors.RequireId("encounterId", submission.EncounterId);
        var revision = submission.Revision ?? 1;
        errors.Check(revision is >= 1 and <= MaxRevision, "revision", $"must be between 1 and {MaxRevision}");

        var setting = ParseSetting(submission.Setting);
        errors.Check(setting is not null, "setting", "must be one of inpatient, outpatient, emergency, office");

        errors.Check(submission.ServiceStart is not null, "serviceStart", "is required (yyyy-MM-dd)");
        var serviceEnd = submission.ServiceEnd ?? submission.ServiceStart;
        if (submission.ServiceStart is { } start && serviceEnd is { } end)
        {
            errors.Check(end >= start, "serviceEnd", "must not be before serviceStart");
            errors.Check(start <= today, "serviceStart", "must not be in the future");
            errors.Check(setting != CareSetting.Office || end == start, "serviceEnd", "an office visit has a single date of service");
        }

        var patient = ValidatePatient(submission.Patient, submission.ServiceStart, errors);
        errors.Check(Npi.IsValid(submission.RenderingProviderNpi), "renderingProviderNpi", "must be a valid 10-digit NPI");
        errors.Check(Npi.IsValid(submission.BillingProviderNpi), "billingProviderNpi", "must be a valid 10-digit NPI");
        var coverage = ValidateCoverage(submission.Coverage, errors);
        var notes = ValidateNotes(submission.Notes, errors);
        var charges = ValidateCharges(submission.Charges, setting, errors);
        var billingProvider = ClaimPartiesValidator.BillingProvider(submission.BillingProvider, errors);
        var renderingName = ClaimPartiesValidator.Name(submission.RenderingProviderName, "renderingProviderName", errors);
        var subscriber = ClaimPartiesValidator.Subscriber(submission.Subscriber, today, errors);
        var institutional = ClaimPartiesValidator.Institutional(submission.Institutional, setting, serviceEnd, errors);

        if (errors.Any)
        {
            return new ValidationResult(null, errors.ToDictionary());
        }

        var encounter = new Encounter(
            new EncounterKey(submission.Organization!, submission.SourceSystem!, submission.EncounterId!),
            revision,
            setting!.Value,
            submission.ServiceStart!.Value,
            serviceEnd!.Value,
            patient!,
            submission.RenderingProviderNpi!,
            submission.BillingProviderNpi!,
            coverage!,
            notes,
            charges)
        {
            BillingProvider = billingProvider,
            RenderingProviderName = renderingName,
            Subscriber = subscriber,
            Institutional = institutional,
        };
        return new ValidationResult(encounter, errors.ToDictionary());
    }

    private static CareSetting? ParseSetting(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "inpatient" => CareSetting.Inpatient,
        "outpatient" => CareSetting.Outpatient,
        "emergency" => CareSetting.Emergency,
        "office" => CareSetting.Office,
        _ => null,
    };

    internal static AdministrativeSex? ParseSex(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "female" or "f" => AdministrativeSex.Female,
        "male" or "m" => AdministrativeSex.Male,
        "unknown" or "u" => AdministrativeSex.Unknown,
        _ => null,
    };

    private static Patient? ValidatePatient(PatientSubmission? patient, DateOnly? serviceStart, ValidationErrors errors)
    {
        if (patient is null)
        {
            errors.Add("patient", "is required");
            return null;
        }

        errors.RequireId("patient.id", patient.Id);
        errors.Check(patient.BirthDate is not null, "patient.birthDate", "is required (yyyy-MM-dd)");
        if (patient.BirthDate is { } birth && serviceStart is { } start)
        {
            errors.Check(birth <= start, "patient.birthDate", "must not be after the date of service");
            errors.Check(start.Year - birth.Year <= 125, "patient.birthDate", "gives an age over 125 years");
        }

        var sex = ParseSex(patient.Sex);
        errors.Check(sex is not null, "patient.sex", "must be female, male or unknown");
        var name = ClaimPartiesValidator.Name(patient.Name, "patient.name", errors);
        var address = ClaimPartiesValidator.Address(patient.Address, "patient.address", errors);
        return patient.Id is null || patient.BirthDate is null || sex is null ? null : new Patient(patient.Id, patient.BirthDate.Value, sex.Value) { Name = name, Address = address };
    }

    private static Coverage? ValidateCoverage(CoverageSubmission? coverage, ValidationErrors errors)
    {
        if (coverage is null)
        {
            errors.Add("coverage", "is required");
            return null;
        }

        errors.RequireId("coverage.payerId", coverage.PayerId);
        errors.RequireId("coverage.memberId", coverage.MemberId);
        var payerName = ClaimPartiesValidator.PayerName(coverage.PayerName, errors);
        var filing = ClaimPartiesValidator.ClaimFilingIndicator(coverage.ClaimFilingIndicator, errors);
        return coverage.PayerId is null || coverage.MemberId is null ? null : new Coverage(coverage.PayerId, coverage.MemberId) { PayerName = payerName, ClaimFilingIndicator = filing };
    }

    private static List<ClinicalNote> ValidateNotes(List<NoteSubmission>? notes, ValidationErrors errors)
    {
        var valid = new List<ClinicalNote>();
        if (notes is not { Count: > 0 })
        {
            errors.Add("notes", "at least one clinical note is required");
            return valid;
        }

        errors.Check(notes.Count <= MaxNotes, "notes", $"at most {MaxNotes} notes per encounter");
        errors.Check(notes.Sum(n => (long)(n?.Text?.Length ?? 0)) <= MaxTotalNoteLength, "notes", $"at most {MaxTotalNoteLength} characters of note text per encounter");
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var at = $"notes[{i}]";
            if (note is null)
            {
                errors.Add(at, "must not be null");
                continue;
            }

            errors.Check(!string.IsNullOrWhiteSpace(note.Type), $"{at}.type", "is required");
            errors.Check(note.Type is null || note.Type.Length <= MaxNoteLabelLength, $"{at}.type", $"must be at most {MaxNoteLabelLength} characters");
            errors.Check(!string.IsNullOrWhiteSpace(note.Author), $"{at}.author", "is required");
            errors.Check(note.Author is null || note.Author.Length <= MaxNoteLabelLength, $"{at}.author", $"must be at most {MaxNoteLabelLength} characters");
            errors.Check(note.Date is not null, $"{at}.date", "is required (ISO 8601)");
            errors.Check(!string.IsNullOrWhiteSpace(note.Text), $"{at}.text", "is required");
            errors.Check(note.Text is null || note.Text.Length <= MaxNoteLength, $"{at}.text", $"must be at most {MaxNoteLength} characters");
            if (!string.IsNullOrWhiteSpace(note.Type) && !string.IsNullOrWhiteSpace(note.Author) && note.Date is not null && !string.IsNullOrWhiteSpace(note.Text))
            {
                valid.Add(new ClinicalNote(note.Type.Trim(), note.Author.Trim(), note.Date.Value, note.Text));
            }
        }

        return valid;
    }

    /// <summary>Amounts, units and line counts within <see cref="ChargeLimits"/>; values are never echoed (they may identify a patient).</summary>
    private static List<Charge> ValidateCharges(List<ChargeSubmission>? charges, CareSetting? setting, ValidationErrors errors)
    {
        var valid = new List<Charge>();
        if (charges is null)
        {
            return valid;
        }

        var maxLines = ChargeLimits.MaxLines(setting ?? CareSetting.Inpatient);
        errors.Check(charges.Count <= maxLines, "charges", $"at most {maxLines} charge lines for this setting (office: {ChargeLimits.MaxProfessionalLines}, otherwise {ChargeLimits.MaxInstitutionalLines})");
        var total = 0m;
        for (var i = 0; i < charges.Count; i++)
        {
            var charge = charges[i];
            var at = $"charges[{i}]";
            if (charge is null)
            {
                errors.Add(at, "must not be null");
                continue;
            }

            var codeOk = charge.Code is { Length: 5 } code && code.All(char.IsAsciiLetterOrDigit);
            errors.Check(codeOk, $"{at}.code", "must be a 5-character CPT or HCPCS code");
            var unitsOk = charge.Units is { } units && ChargeLimits.IsValidUnits(units);
            errors.Check(unitsOk, $"{at}.units", $"must be a whole number between 1 and {ChargeLimits.MaxUnits}");
            var amountOk = charge.Amount is { } amount && ChargeLimits.IsValidAmount(amount);
            errors.Check(amountOk, $"{at}.amount", $"must be between 0 and {ChargeLimits.MaxAmount:0.00} with at most {ChargeLimits.AmountDecimals} decimal places");
            var modifiers = charge.Modifiers ?? [];
            var modifiersOk = modifiers.Count <= MaxModifiers && modifiers.All(m => m is { Length: 2 } && m.All(char.IsAsciiLetterOrDigit));
            errors.Check(modifiersOk, $"{at}.modifiers", $"at most {MaxModifiers} 2-character modifiers");
            if (amountOk)
            {
                // Lines are at most MaxAmount each and few, so this sum cannot overflow; it can exceed the claim bound.
                total += charge.Amount!.Value;
            }

            var revenueOk = charge.RevenueCode is null || ClaimPartiesValidator.IsRevenueCode(charge.RevenueCode);
            errors.Check(revenueOk, $"{at}.revenueCode", "must be a 4-digit NUBC revenue code");
            if (codeOk && unitsOk && amountOk && modifiersOk && revenueOk)
            {
                valid.Add(new Charge(charge.Code!.ToUpperInvariant(), charge.Units!.Value, charge.Amount!.Value, modifiers.Select(m => m.ToUpperInvariant()).ToList()) { RevenueCode = charge.RevenueCode });
            }
        }

        errors.Check(total <= ChargeLimits.MaxAmount, "charges", $"the charges must total at most {ChargeLimits.MaxAmount:0.00}");
        return valid;
    }
}

public sealed record ValidationResult(Encounter? Encounter, IDictionary<string, string[]> Errors)
{
    public bool IsValid => Encounter is not null;
}

/// <summary>Collects messages per field path (camelCase JSON paths) for a problem-details response.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public bool HasUnder(string prefix) => _errors.Keys.Any(k => k == prefix || k.StartsWith(prefix + ".", StringComparison.Ordinal));

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            Add(field, message);
        }
    }

    public void RequireId(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        else if (value.Length > EncounterValidator.MaxIdLength || value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            Add(field, $"must be at most {EncounterValidator.MaxIdLength} characters without spaces");
        }
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
