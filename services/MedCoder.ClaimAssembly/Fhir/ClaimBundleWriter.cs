using MedCoder.ClaimAssembly.Billing;
using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using FhirClaim = Hl7.Fhir.Model.Claim;
using FhirEncounter = Hl7.Fhir.Model.Encounter;
using Coverage = Hl7.Fhir.Model.Coverage;
using Patient = Hl7.Fhir.Model.Patient;

namespace MedCoder.ClaimAssembly.Fhir;

/// <summary>
/// The claim as a FHIR R4 Bundle of type collection (docs/architecture.md#claims-x12-and-fhir): the Claim first, then
/// the Patient, the subscriber (RelatedPerson, when not the patient), the Coverage, the billing provider and payer
/// Organizations, the rendering or attending Practitioner and the Encounter. Built from the same
/// <see cref="BillingClaim"/>s as the 837 (a split 837P is one FHIR Claim with all its lines), so both carry the same
/// codes. Pure; resource ids follow from the claim id.
/// </summary>
public static class ClaimBundleWriter
{
    /// <summary>The identifier system of a payer's own claim control number (a 277CA's REF*1K) in Claim.related.</summary>
    public const string PayerClaimNumberSystem = "urn:medcoder:payer-claim-number";

    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Icd10Pcs = "http://www.cms.gov/Medicare/Coding/ICD10";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";
    public const string Hcpcs = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";
    public const string RevenueCodes = "https://www.nubc.org/CodeSystem/RevenueCodes";
    private const string TaxId = "urn:oid:2.16.840.1.113883.4.4";
    private const string PlaceOfService = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    private const string SupportingInfoType = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType";
    private const string Nubc = "https://www.nubc.org/CodeSystem/";

    public static Bundle Build(IReadOnlyList<BillingClaim> parts, DateTimeOffset created)
    {
        var first = parts[0];
        var institutional = first.Form == ClaimForm.Institutional;
        var ids = new Ids(first.ClaimId);
        var patient = Patient(first, ids);
        var subscriber = first.Patient is null ? null : RelatedPerson(first.Subscriber, ids);
        var coverage = Coverage(first, ids, subscriber is null ? ids.Patient : ids.Subscriber);
        var provider = new Organization
        {
            Id = ids.Of("billing"),
            Name = first.BillingProvider.Name,
            Identifier = [new Identifier(Npi, first.BillingProvider.Npi), new Identifier(TaxId, first.BillingProvider.TaxId)],
            Address = [Address(first.BillingProvider.Address)],
            Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, first.BillingProvider.Phone)],
        };
        var payer = new Organization { Id = ids.Of("payer"), Name = first.Payer.Name, Identifier = [new Identifier("urn:medcoder:payer-id", first.Payer.Id)] };
        var clinician = institutional ? first.Attending : first.Rendering;
        var practitioner = clinician is null ? null : new Practitioner
        {
            Id = ids.Of("practitioner"),
            Identifier = [new Identifier(Npi, clinician.Npi)],
            Name = [HumanName(clinician.Name)],
        };
        var encounter = Encounter(first, ids);
        var claim = Claim(parts, ids, created, practitioner);

        var bundle = new Bundle { Id = ids.Of("bundle"), Type = Bundle.BundleType.Collection, Timestamp = created };
        foreach (var resource in new Resource?[] { claim, patient, subscriber, coverage, provider, payer, practitioner, encounter }.OfType<Resource>())
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + resource.Id, Resource = resource });
        }

        return bundle;
    }

    public static string ToJson(Bundle bundle) => bundle.ToJson(pretty: true);

    /// <summary>Parses with the SDK's strict deserializer (syntax, cardinality, value formats); throws DeserializationFailedException naming the errors.</summary>
    public static Bundle Parse(string json) =>
        new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict)).Deserialize<Bundle>(json);

    /// <summary>"K3580" → "K35.80": the 837 carries ICD-10-CM without its dot, FHIR with it.</summary>
    public static string DottedIcd10Cm(string code) => code.Length > 3 ? code[..3] + "." + code[3..] : code;

    private static FhirClaim Claim(IReadOnlyList<BillingClaim> parts, Ids ids, DateTimeOffset created, Practitioner? practitioner)
    {
        var first = parts[0];
        var institutional = first.Form == ClaimForm.Institutional;
        var claim = new FhirClaim
        {
            Id = ids.Claim,
            Identifier = [new Identifier("urn:medcoder:claim-id", first.ClaimId)],
            // A void (CLM05-3 = 8) cancels the claim it names (docs/architecture.md#corrections).
            Status = first.FrequencyCode == Claims.ClaimFrequency.Void ? FinancialResourceStatusCodes.Cancelled : FinancialResourceStatusCodes.Active,
            Type = Concept("http://terminology.hl7.org/CodeSystem/claim-type", institutional ? "institutional" : "professional"),
            Use = ClaimUseCode.Claim,
            Patient = new ResourceReference("urn:uuid:" + ids.Patient),
            BillablePeriod = new Period(new FhirDateTime(first.ServiceStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new FhirDateTime(first.ServiceEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            Created = created.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            Provider = new ResourceReference("urn:uuid:" + ids.Of("billing")),
            Priority = Concept("http://terminology.hl7.org/CodeSystem/processpriority", "normal"),
            Insurance = [new FhirClaim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = new ResourceReference("urn:uuid:" + ids.Of("coverage")) }],
            Total = new Money { Value = parts.Sum(p => p.TotalCharge), Currency = Money.Currencies.USD },
        };

        if (first.PayerClaimReference is { } corrected)
        {
            // The 837's REF*F8: the claim this replacement or void corrects, as a prior related claim.
            claim.Related.Add(new FhirClaim.RelatedClaimComponent
            {
                Claim = new ResourceReference { Identifier = new Identifier(first.ReferenceIsPayerNumber ? PayerClaimNumberSystem : "urn:medcoder:claim-id", corrected) },
                Relationship = Concept("http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship", "prior"),
            });
        }

        if (practitioner is not null)
        {
            claim.CareTeam.Add(new FhirClaim.CareTeamComponent
            {
                Sequence = 1,
                Provider = new ResourceReference("urn:uuid:" + practitioner.Id),
                Role = Concept("http://terminology.hl7.org/CodeSystem/claimcareteamrole", institutional ? "supervisor" : "primary"),
            });
        }

        // Each distinct code once, in the 837's order; its HI qualifiers (ABK principal, ABJ admitting, APR reason for visit, ABF other) become types.
        foreach (var group in first.Diagnoses.GroupBy(d => d.Code))
        {
            var diagnosis = new FhirClaim.DiagnosisComponent
            {
                Sequence = claim.Diagnosis.Count + 1,
                Diagnosis = Concept(Icd10Cm, DottedIcd10Cm(group.Key)),
                Type = [.. group.Select(d => Concept("http://terminology.hl7.org/CodeSystem/ex-diagnosistype", DiagnosisType(d.Qualifier)))],
            };
            if (group.FirstOrDefault(d => d.PresentOnAdmission is not null) is { } poa)
            {
                diagnosis.OnAdmission = Concept("http://terminology.hl7.org/CodeSystem/ex-diagnosis-on-admission", poa.PresentOnAdmission!.ToLowerInvariant());
            }

            claim.Diagnosis.Add(diagnosis);
        }

        foreach (var procedure in first.Procedures)
        {
            claim.Procedure.Add(new FhirClaim.ProcedureComponent
            {
                Sequence = claim.Procedure.Count + 1,
                Type = [Concept("http://terminology.hl7.org/CodeSystem/ex-proceduretype", procedure.Qualifier == "BBR" ? "primary" : "secondary")],
                Date = procedure.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Procedure = Concept(Icd10Pcs, procedure.Code),
            });
        }

        if (first.Institutional is { } codes)
        {
            AddInfo(claim, "typeofbill", Nubc + "TypeOfBill", "0" + codes.TypeOfBill);
            AddInfo(claim, "admtype", Nubc + "PriorityTypeOfAdmitOrVisit", codes.AdmissionType);
            AddInfo(claim, "pointoforigin", Nubc + "PointOfOrigin", codes.AdmissionSource);
            AddInfo(claim, "discharge-status", Nubc + "PatDischargeStatus", codes.DischargeStatus);
        }

        foreach (var line in parts.SelectMany(p => p.Lines))
        {
            var item = new FhirClaim.ItemComponent
            {
                Sequence = claim.Item.Count + 1,
                ProductOrService = Concept(line.Code[0] is >= '0' and <= '9' ? Cpt : Hcpcs, line.Code),
                Modifier = [.. line.Modifiers.Select(m => Concept(Cpt, m))],
                Quantity = new Quantity { Value = line.Units },
                Net = new Money { Value = line.Charge, Currency = Money.Currencies.USD },
                Serviced = new Period(new FhirDateTime(line.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new FhirDateTime(line.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
                DiagnosisSequence = [.. line.Pointers.Select(p => (int?)p)],
            };
            if (line.RevenueCode is not null)
            {
                item.Revenue = Concept(RevenueCodes, line.RevenueCode);
            }
            else
            {
                item.Location = Concept(PlaceOfService, first.FacilityCode);
            }

            if (practitioner is not null)
            {
                item.CareTeamSequence = [1];
            }

            claim.Item.Add(item);
        }

        return claim;
    }

    private static Patient Patient(BillingClaim claim, Ids ids)
    {
        var (name, birth, sex, address) = claim.Patient is { } p
            ? (p.Name, p.BirthDate, p.Sex, p.Address)
            : (claim.Subscriber.Name, claim.Subscriber.BirthDate!.Value, claim.Subscriber.Sex!.Value, claim.Subscriber.Address!);
        return new Patient
        {
            Id = ids.Patient,
            Name = [HumanName(name)],
            BirthDate = birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Gender = Gender(sex),
            Address = [Address(address)],
        };
    }

    /// <summary>The subscriber when not the patient: named only, as in the 837 (which sends no address or demographics for them).</summary>
    private static RelatedPerson RelatedPerson(SubscriberParty subscriber, Ids ids) => new()
    {
        Id = ids.Subscriber,
        Patient = new ResourceReference("urn:uuid:" + ids.Patient),
        Name = [HumanName(subscriber.Name)],
    };

    private static Coverage Coverage(BillingClaim claim, Ids ids, string subscriberId) => new()
    {
        Id = ids.Of("coverage"),
        Status = FinancialResourceStatusCodes.Active,
        SubscriberId = claim.Subscriber.MemberId,
        Subscriber = new ResourceReference("urn:uuid:" + subscriberId),
        Beneficiary = new ResourceReference("urn:uuid:" + ids.Patient),
        Relationship = Concept("http://terminology.hl7.org/CodeSystem/subscriber-relationship", claim.Patient?.RelationshipCode switch
        {
            null => "self",
            "01" => "spouse",
            "19" => "child",
            _ => "other",
        }),
        Payor = [new ResourceReference("urn:uuid:" + ids.Of("payer"))],
    };

    private static FhirEncounter Encounter(BillingClaim claim, Ids ids)
    {
        var (code, display) = claim.Form == ClaimForm.Institutional && claim.Institutional?.AdmissionDate is not null
            ? ("IMP", "inpatient encounter")
            : claim.FacilityCode == "23" ? ("EMER", "emergency") : ("AMB", "ambulatory");
        var encounter = new FhirEncounter
        {
            Id = ids.Of("encounter"),
            Status = FhirEncounter.EncounterStatus.Finished,
            Class = new Hl7.Fhir.Model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", code, display),
            Subject = new ResourceReference("urn:uuid:" + ids.Patient),
            Period = new Period(new FhirDateTime(claim.ServiceStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new FhirDateTime(claim.ServiceEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            ServiceProvider = new ResourceReference("urn:uuid:" + ids.Of("billing")),
        };
        if (claim.Institutional is { } codes)
        {
            encounter.Hospitalization = new FhirEncounter.HospitalizationComponent
            {
                AdmitSource = Concept(Nubc + "PointOfOrigin", codes.AdmissionSource),
                DischargeDisposition = Concept(Nubc + "PatDischargeStatus", codes.DischargeStatus),
            };
        }

        return encounter;
    }

    private static void AddInfo(FhirClaim claim, string category, string system, string code) =>
        claim.SupportingInfo.Add(new FhirClaim.SupportingInformationComponent
        {
            Sequence = claim.SupportingInfo.Count + 1,
            Category = Concept(SupportingInfoType, category),
            Code = Concept(system, code),
        });

    private static string DiagnosisType(string qualifier) => qualifier switch
    {
        "ABK" => "principal",
        "ABJ" => "admitting",
        "APR" => "patientreasonforvisit",
        _ => "clinical",
    };

    private static AdministrativeGender Gender(AdministrativeSex sex) => sex switch
    {
        AdministrativeSex.Female => AdministrativeGender.Female,
        AdministrativeSex.Male => AdministrativeGender.Male,
        _ => AdministrativeGender.Unknown,
    };

    private static HumanName HumanName(PersonName name) => new()
    {
        Family = name.Last,
        Given = name.Middle is null ? [name.First] : [name.First, name.Middle],
    };

    private static Address Address(PostalAddress address) => new()
    {
        Line = address.Line2 is null ? [address.Line1] : [address.Line1, address.Line2],
        City = address.City,
        State = address.State,
        PostalCode = address.PostalCode[..5] + "-" + address.PostalCode[5..],
        Country = "US",
    };

    private static CodeableConcept Concept(string system, string code) => new(system, code);

    /// <summary>Resource ids (UUIDs, as urn:uuid full URLs need) derived from the claim id and the resource's role.</summary>
    private sealed class Ids(string claimId)
    {
        public string Claim => Of("claim");
        public string Patient => Of("patient");
        public string Subscriber => Of("subscriber");

        public string Of(string role) => DeterministicId.FromParts("fhir", claimId, role).ToString();
    }
}
