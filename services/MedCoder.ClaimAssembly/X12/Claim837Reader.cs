using System.Globalization;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// Reads the 837s <see cref="Claim837Writer"/> writes back into <see cref="BillingClaim"/>s (one per transaction set),
/// for round-trip tests and for checking a file before it leaves. It reads the segments MedCoder writes, by loop
/// (the last HL level and NM1 entity decide where N3/N4/DMG/PRV belong), not every segment a guide allows.
/// </summary>
public static class Claim837Reader
{
    public sealed record Interchange(string SenderId, string ReceiverId, long ControlNumber, char Usage, IReadOnlyList<BillingClaim> Claims);

    public static Interchange Read(string text)
    {
        var segments = X12Parser.Parse(text);
        var isa = segments[0];
        var claims = new List<BillingClaim>();
        TransactionReader? current = null;
        foreach (var segment in segments.Skip(1))
        {
            switch (segment.Id)
            {
                case "ST":
                    current = new TransactionReader(segment[3] == Claim837Writer.InstitutionalVersion ? ClaimForm.Institutional : ClaimForm.Professional);
                    break;
                case "SE":
                    claims.Add(current!.Build());
                    current = null;
                    break;
                default:
                    current?.Read(segment);
                    break;
            }
        }

        return new Interchange(isa[6].Trim(), isa[8].Trim(), long.Parse(isa[13], CultureInfo.InvariantCulture), isa[15][0], claims);
    }

    private sealed class TransactionReader(ClaimForm form)
    {
        private readonly List<BillingDiagnosis> _diagnoses = [];
        private readonly List<BillingProcedure> _procedures = [];
        private readonly List<BillingLine> _lines = [];
        private readonly Dictionary<string, Party> _parties = new(StringComparer.Ordinal);
        private string _level = "";
        private string _entity = "";
        private string _phone = "";
        private string _billingTaxonomy = "";
        private string _taxId = "";
        private bool _subscriberIsPatient;
        private string _relationship = "";
        private X12Segment? _claim;
        private (DateOnly From, DateOnly To)? _statement;
        private (DateOnly Date, int? Hour)? _admission;
        private X12Segment? _cl1;
        private int? _dischargeHour;
        private string? _attendingTaxonomy;
        private X12Segment? _service;
        private string? _payerClaimReference;
        private string _filingIndicator = "";

        public void Read(X12Segment s)
        {
            switch (s.Id)
            {
                case "PER" when s[3] == "TE":
                    _phone = s[4];
                    break;
                case "HL":
                    _level = s[3];
                    break;
                case "PRV" when s[1] == "BI":
                    _billingTaxonomy = s[3];
                    break;
                case "PRV" when s[1] == "AT":
                    _attendingTaxonomy = s[3];
                    break;
                case "NM1":
                    _entity = s[1];
                    _parties[_entity] = new Party(s);
                    break;
                case "N3":
                    _parties[_entity].Street = s;
                    break;
                case "N4":
                    _parties[_entity].City = s;
                    break;
                case "DMG":
                    _parties[_entity].Demographics = s;
                    break;
                case "REF" when s[1] == "F8":
                    _payerClaimReference = s[2];
                    break;
                case "REF" when s[1] == "EI":
                    _taxId = s[2];
                    break;
                case "SBR":
                    _subscriberIsPatient = s[2] == "18";
                    _filingIndicator = s[9];
                    break;
                case "PAT":
                    _relationship = s[1];
                    break;
                case "CLM":
                    _claim = s;
                    break;
                case "DTP" when s[1] == "434":
                    _statement = X12Format.ParsePeriod(s[2], s[3]);
                    break;
                case "DTP" when s[1] == "096":
                    _dischargeHour = int.Parse(s[3][..2], CultureInfo.InvariantCulture);
                    break;
                case "DTP" when s[1] == "435":
                    _admission = (X12Format.ParseDate(s[3][..8]), s[2] == "DT" ? int.Parse(s[3][8..10], CultureInfo.InvariantCulture) : null);
                    break;
                case "CL1":
                    _cl1 = s;
                    break;
                case "HI":
                    ReadHealthCodes(s);
                    break;
                case "LX":
                    _service = null;
                    break;
                case "SV1" or "SV2":
                    _service = s;
                    break;
                case "DTP" when s[1] == "472" && _service is not null:
                    _lines.Add(Line(_service, X12Format.ParsePeriod(s[2], s[3])));
                    break;
            }
        }

        public BillingClaim Build()
        {
            var clm = _claim ?? throw new X12FormatException("a transaction set without CLM");
            var billing = _parties["85"];
            var subscriber = _parties["IL"];
            var institutional = form == ClaimForm.Institutional;
            var from = _statement?.From ?? _lines.Min(l => l.From);
            var to = _statement?.To ?? _lines.Max(l => l.To);
            return new BillingClaim(
                form,
                clm[1],
                decimal.Parse(clm[2], CultureInfo.InvariantCulture),
                clm.Component(5, 1),
                clm.Component(5, 3),
                new BillingParty(billing.Id, billing.Segment[3], billing.Address, _billingTaxonomy, _taxId, _phone),
                !institutional && _parties.TryGetValue("82", out var rendering) ? new ProviderParty(rendering.Id, rendering.Name, null) : null,
                institutional && _parties.TryGetValue("71", out var attending) ? new ProviderParty(attending.Id, attending.Name, _attendingTaxonomy) : null,
                new SubscriberParty(subscriber.Id, subscriber.Name, subscriber.Demographics is null ? null : subscriber.BirthDate, subscriber.Demographics is null ? null : subscriber.Sex, subscriber.Street is null ? null : subscriber.Address, _subscriberIsPatient),
                _parties.TryGetValue("QC", out var patient) ? new PatientParty(patient.Name, patient.BirthDate, patient.Sex, patient.Address, _relationship) : null,
                new PayerParty(_parties["PR"].Segment[3], _parties["PR"].Id, _filingIndicator),
                from,
                to,
                _diagnoses,
                _procedures,
                institutional && _cl1 is { } cl1
                    ? new InstitutionalCodes(clm.Component(5, 1) + clm.Component(5, 3), _admission?.Date, _admission?.Hour, cl1[1], cl1[2], cl1[3], _dischargeHour)
                    : null,
                _lines)
            {
                PayerClaimReference = _payerClaimReference,
            };
        }

        private void ReadHealthCodes(X12Segment s)
        {
            for (var i = 1; i <= s.Elements.Count; i++)
            {
                var qualifier = s.Component(i, 1);
                if (qualifier is "BBR" or "BBQ")
                {
                    _procedures.Add(new BillingProcedure(qualifier, s.Component(i, 2), X12Format.ParseDate(s.Component(i, 4))));
                }
                else if (qualifier.Length > 0)
                {
                    var poa = s.Component(i, 9);
                    _diagnoses.Add(new BillingDiagnosis(qualifier, s.Component(i, 2), poa.Length == 0 ? null : poa));
                }
            }
        }

        private BillingLine Line(X12Segment service, (DateOnly From, DateOnly To) dates)
        {
            var institutional = service.Id == "SV2";
            var procedure = service.Components(institutional ? 2 : 1);
            var number = _lines.Count + 1;
            return institutional
                ? new BillingLine(number, service[1], procedure[1], [.. procedure.Skip(2)], int.Parse(service[5], CultureInfo.InvariantCulture), decimal.Parse(service[3], CultureInfo.InvariantCulture), [], dates.From, dates.To)
                : new BillingLine(number, null, procedure[1], [.. procedure.Skip(2)], int.Parse(service[4], CultureInfo.InvariantCulture), decimal.Parse(service[2], CultureInfo.InvariantCulture),
                    [.. service.Components(7).Select(p => int.Parse(p, CultureInfo.InvariantCulture))], dates.From, dates.To);
        }
    }

    /// <summary>An NM1 and the N3/N4/DMG that follow it.</summary>
    private sealed class Party(X12Segment name)
    {
        public X12Segment Segment { get; } = name;
        public X12Segment? Street { get; set; }
        public X12Segment? City { get; set; }
        public X12Segment? Demographics { get; set; }

        public string Id => Segment[9];

        public PersonName Name => new(Segment[3], Segment[4], Segment[5].Length == 0 ? null : Segment[5]);

        public PostalAddress Address => new(Street![1], Street[2].Length == 0 ? null : Street[2], City![1], City[2], City[3]);

        public DateOnly BirthDate => X12Format.ParseDate(Demographics![2]);

        public AdministrativeSex Sex => X12Format.ParseSex(Demographics![3]);
    }
}
