using System.Text.RegularExpressions;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Intake.Submissions;

/// <summary>
/// Checks the optional fields an X12 837 needs (billing provider, subscriber, patient name and address, payer name,
/// facility data, revenue codes): absent is fine, present must be complete and well formed. Text the 837 carries must
/// be printable ASCII without the X12 delimiters (* : ^ ~), so a validated encounter always renders. Messages name the
/// field and never quote the value (it is PHI).
/// </summary>
internal static partial class ClaimPartiesValidator
{
    public const int MaxNameLength = 60;
    public const int MaxAddressLineLength = 55;
    public const int MaxCityLength = 30;

    private const string TextRule = "must be printable ASCII without * : ^ ~";

    /// <summary>The codes the 837's N402 takes for US addresses: states, DC, territories and military post offices.</summary>
    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI", "FM", "MH", "PW",
        "AA", "AE", "AP",
    };

    public static BillingProvider? BillingProvider(BillingProviderSubmission? provider, ValidationErrors errors)
    {
        if (provider is null)
        {
            return null;
        }

        var name = Text(provider.Name, "billingProvider.name", MaxNameLength, errors);
        var address = Address(provider.Address, "billingProvider.address", errors, required: true);
        errors.Check(provider.Taxonomy is not null && TaxonomyPattern().IsMatch(provider.Taxonomy), "billingProvider.taxonomy", "must be a 10-character NUCC taxonomy code ending in X");
        var taxId = Digits(provider.TaxId, allowed: "-");
        errors.Check(taxId is { Length: 9 }, "billingProvider.taxId", "must be a 9-digit federal tax id (EIN)");
        var phone = Digits(provider.Phone, allowed: "()-. ");
        errors.Check(phone is { Length: 10 }, "billingProvider.phone", "must be a 10-digit phone number");
        return name is null || address is null || taxId is not { Length: 9 } || phone is not { Length: 10 } || provider.Taxonomy is null || !TaxonomyPattern().IsMatch(provider.Taxonomy)
            ? null
            : new BillingProvider(name, address, provider.Taxonomy, taxId, phone);
    }

    public static Subscriber? Subscriber(SubscriberSubmission? subscriber, DateOnly today, ValidationErrors errors)
    {
        if (subscriber is null)
        {
            return null;
        }

        var name = Name(subscriber.Name, "subscriber.name", errors, required: true);
        errors.Check(subscriber.BirthDate is { } birth && birth <= today && today.Year - birth.Year <= 125, "subscriber.birthDate", "is required (yyyy-MM-dd), not in the future, at most 125 years ago");
        var sex = EncounterValidator.ParseSex(subscriber.Sex);
        errors.Check(sex is not null, "subscriber.sex", "must be female, male or unknown");
        var relationship = ParseRelationship(subscriber.Relationship);
        errors.Check(relationship is not null, "subscriber.relationship", "must be self, spouse, child or other (the patient's relationship to the subscriber)");
        var address = Address(subscriber.Address, "subscriber.address", errors, required: true);
        return name is null || subscriber.BirthDate is null || sex is null || relationship is null || address is null || errors.Has("subscriber.birthDate")
            ? null
            : new Subscriber(name, subscriber.BirthDate.Value, sex.Value, relationship.Value, address);
    }

    public static InstitutionalStay? Institutional(InstitutionalSubmission? stay, CareSetting? setting, DateOnly? serviceEnd, ValidationErrors errors)
    {
        if (stay is null)
        {
            return null;
        }

        errors.Check(setting != CareSetting.Office, "institutional", "an office visit is billed on the professional claim");
        var typeOfBill = stay.TypeOfBill is { Length: 4 } four && four[0] == '0' ? four[1..] : stay.TypeOfBill;
        errors.Check(typeOfBill is not null && TypeOfBillPattern().IsMatch(typeOfBill), "institutional.typeOfBill", "must be a 3-digit NUBC type of bill (a leading 0 is accepted)");
        errors.Check(stay.AdmissionDate is { } admitted && (serviceEnd is null || admitted <= serviceEnd), "institutional.admissionDate", "is required (yyyy-MM-dd) and must not be after serviceEnd");
        errors.Check(stay.AdmissionHour is null or (>= 0 and <= 23), "institutional.admissionHour", "must be between 0 and 23");
        errors.Check(stay.DischargeHour is null or (>= 0 and <= 23), "institutional.dischargeHour", "must be between 0 and 23");
        errors.Check(stay.AdmissionType is { Length: 1 } type && "123459".Contains(type[0], StringComparison.Ordinal), "institutional.admissionType", "must be a NUBC priority of admission (1-5 or 9)");
        errors.Check(stay.AdmissionSource is { Length: 1 } source && char.IsAsciiLetterOrDigit(source[0]), "institutional.admissionSource", "must be a 1-character NUBC point of origin");
        errors.Check(stay.DischargeStatus is { Length: 2 } status && status.All(char.IsAsciiDigit), "institutional.dischargeStatus", "must be a 2-digit NUBC patient discharge status");
        var attending = Attending(stay.Attending, errors);
        return errors.HasUnder("institutional") || attending is null
            ? null
            : new InstitutionalStay(typeOfBill!, stay.AdmissionDate!.Value, stay.AdmissionHour, stay.AdmissionType!, stay.AdmissionSource!.ToUpperInvariant(), stay.DischargeStatus!, attending)
            {
                DischargeHour = stay.DischargeHour,
            };
    }

    public static PersonName? Name(NameSubmission? name, string field, ValidationErrors errors, bool required = false)
    {
        if (name is null)
        {
            if (required)
            {
                errors.Add(field, "is required");
            }

            return null;
        }

        var last = Text(name.Last, field + ".last", MaxNameLength, errors);
        var first = Text(name.First, field + ".first", 35, errors);
        var middle = name.Middle is null ? null : Text(name.Middle, field + ".middle", 25, errors);
        return last is null || first is null || (name.Middle is not null && middle is null) ? null : new PersonName(last, first, middle);
    }

    public static PostalAddress? Address(AddressSubmission? address, string field, ValidationErrors errors, bool required = false)
    {
        if (address is null)
        {
            if (required)
            {
                errors.Add(field, "is required");
            }

            return null;
        }

        var line1 = Text(address.Line1, field + ".line1", MaxAddressLineLength, errors);
        var line2 = address.Line2 is null ? null : Text(address.Line2, field + ".line2", MaxAddressLineLength, errors);
        var city = Text(address.City, field + ".city", MaxCityLength, errors);
        errors.Check(city is not { Length: < 2 }, field + ".city", "must be at least 2 characters");
        var stateOk = address.State is not null && UsStates.Contains(address.State);
        errors.Check(stateOk, field + ".state", "must be a 2-letter upper-case US state, territory or military code");
        var zip = Digits(address.PostalCode, allowed: "-");
        errors.Check(zip is { Length: 9 }, field + ".postalCode", "must be a 9-digit ZIP+4");
        return line1 is null || city is not { Length: >= 2 } || !stateOk || zip is not { Length: 9 } || (address.Line2 is not null && line2 is null)
            ? null
            : new PostalAddress(line1, line2, city, address.State!, zip);
    }

    public static string? PayerName(string? payerName, ValidationErrors errors) =>
        payerName is null ? null : Text(payerName, "coverage.payerName", MaxNameLength, errors);

    /// <summary>SBR09 when sent: one of the guide's codes (<see cref="ClaimFilingIndicators.All"/>).</summary>
    public static string? ClaimFilingIndicator(string? indicator, ValidationErrors errors)
    {
        if (indicator is null)
        {
            return null;
        }

        var known = ClaimFilingIndicators.All.Contains(indicator);
        errors.Check(known, "coverage.claimFilingIndicator", "must be an X12 claim filing indicator code (e.g. MB Medicare Part B, MA Medicare Part A, MC Medicaid, CI commercial, BL Blue Cross Blue Shield)");
        return known ? indicator : null;
    }

    public static bool IsRevenueCode(string? code) => code is { Length: 4 } && code.All(char.IsAsciiDigit);

    /// <summary>Required text within a length, printable ASCII without X12 delimiters; trimmed.</summary>
    public static string? Text(string? value, string field, int maxLength, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"must be at most {maxLength} characters");
            return null;
        }

        if (!trimmed.All(c => c is >= ' ' and <= '~' && c is not ('*' or ':' or '^' or '~')))
        {
            errors.Add(field, TextRule);
            return null;
        }

        return trimmed;
    }

    private static AttendingProvider? Attending(AttendingProviderSubmission? attending, ValidationErrors errors)
    {
        if (attending is null)
        {
            errors.Add("institutional.attending", "is required");
            return null;
        }

        errors.Check(Npi.IsValid(attending.Npi), "institutional.attending.npi", "must be a valid 10-digit NPI");
        var name = Name(attending.Name, "institutional.attending.name", errors, required: true);
        var taxonomyOk = attending.Taxonomy is null || TaxonomyPattern().IsMatch(attending.Taxonomy);
        errors.Check(taxonomyOk, "institutional.attending.taxonomy", "must be a 10-character NUCC taxonomy code ending in X");
        return name is null || !Npi.IsValid(attending.Npi) || !taxonomyOk ? null : new AttendingProvider(attending.Npi!, name, attending.Taxonomy);
    }

    private static SubscriberRelationship? ParseRelationship(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "self" => SubscriberRelationship.Self,
        "spouse" => SubscriberRelationship.Spouse,
        "child" => SubscriberRelationship.Child,
        "other" => SubscriberRelationship.Other,
        _ => null,
    };

    /// <summary>The digits of a value that holds only digits and the allowed punctuation; null otherwise.</summary>
    private static string? Digits(string? value, string allowed) =>
        value is not null && value.All(c => char.IsAsciiDigit(c) || allowed.Contains(c, StringComparison.Ordinal)) ? new string(value.Where(char.IsAsciiDigit).ToArray()) : null;

    [GeneratedRegex("^[0-9A-Z]{9}X$")]
    private static partial Regex TaxonomyPattern();

    [GeneratedRegex("^[1-8][0-9][0-9A-Z]$")]
    private static partial Regex TypeOfBillPattern();
}
