using CsCheck;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>CsCheck generators of any claim the builder can make: text is any printable ASCII but the X12 delimiters, trimmed as Intake trims it.</summary>
internal static class BillingClaimGen
{
    private const string TextChars = " !\"#$%&'()+,-./0123456789;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]_`abcdefghijklmnopqrstuvwxyz{|}";
    private static readonly DateOnly Epoch = new(2025, 10, 1);

    public static readonly Gen<string> Digits9 = Gen.Int[100_000_000, 999_999_999].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly Gen<DateOnly> Day = Gen.Int[0, 364].Select(d => Epoch.AddDays(d));
    public static readonly Gen<PersonName> Name = Gen.Select(TextOf(1, 60), TextOf(1, 35), TextOf(1, 25).Null(0.75), (l, f, m) => new PersonName(l, f, m));
    public static readonly Gen<PostalAddress> Address = Gen.Select(TextOf(1, 55), TextOf(1, 55).Null(0.75), TextOf(2, 30), Gen.OneOf("IL", "NY", "PR", "DC", "AE"), Digits9, (a, b, c, s, z) => new PostalAddress(a, b, c, s, z));
    public static readonly Gen<AdministrativeSex> Sex = Gen.Enum<AdministrativeSex>();
    public static readonly Gen<string> Icd10 = Gen.Select(Gen.Char['A', 'Z'], Gen.String[Gen.Char["0123456789AX"], 2, 6], (c, rest) => c + rest);
    public static readonly Gen<string> Hcpcs = Gen.String[Gen.Char["0123456789J"], 5, 5];
    public static readonly Gen<decimal> Amount = Gen.Int[0, 9_999_999].Select(c => c / 100m);

    /// <summary>Text of a length the element takes, as Intake admits it (trimmed, no delimiters).</summary>
    public static Gen<string> TextOf(int min, int max) => Gen.String[Gen.Char[TextChars], min, max].Select(s => s.Trim()).Where(s => s.Length >= min);

    public static Gen<BillingClaim> Claim(ClaimForm form) =>
        from id in Gen.String[Gen.Char["0123456789abcdef"], 16, 16]
        from billing in Gen.Select(TextOf(1, 60), Address, Digits9, (n, a, t) => new BillingParty("1234567893", n, a, "282N00000X", t, "2175550100"))
        from subscriber in Gen.Select(TextOf(2, 80), Name, Day, Sex, Address, Gen.Bool, (m, n, d, s, a, self) => self ? new SubscriberParty(m, n, d, s, a, true) : new SubscriberParty(m, n, null, null, null, false))
        from patient in Gen.Select(Name, Day, Sex, Address, Gen.OneOf("01", "19", "G8"), (n, d, s, a, r) => new PatientParty(n, d, s, a, r))
        from payer in Gen.Select(TextOf(1, 60), TextOf(2, 80), (n, i) => new PayerParty(n, i))
        from rendering in Name.Select(n => new ProviderParty("1245319599", n, null)).Null(0.5)
        from attending in Gen.Select(Name, Gen.Const("207RH0003X").Null(0.5), (n, t) => new ProviderParty("1245319599", n, t))
        from start in Day
        from days in Gen.Int[0, 10]
        from codes in Icd10.List[1, ClaimForms.MaxDiagnoses(form)]
        from poa in Gen.OneOf("Y", "N", "U", "W").Null(0.25)
        from pcs in Gen.String[Gen.Char["0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"], 7, 7].List[0, 5]
        from lines in Gen.Select(Gen.OneOf("0120", "0300", "0450"), Hcpcs, Gen.String[Gen.Char['0', '9'], 2, 2].List[0, 4], Gen.Int[1, 9999], Amount, Gen.Int[1, codes.Count].Select(n => Enumerable.Range(1, Math.Min(n, 4)).ToList()),
                (rev, code, mods, units, amount, pointers) => (rev, code, mods, units, amount, pointers)).List[1, form == ClaimForm.Institutional ? 60 : ClaimForms.MaxProfessionalLines]
        from typeOfBill in Gen.OneOf("111", "131", "141")
        from hour in Gen.Int[-1, 23]
        select Make(form, "clm-" + id, billing, subscriber, patient, payer, rendering, attending, start, start.AddDays(days), codes, poa, pcs, lines, typeOfBill, hour);

    private static BillingClaim Make(
        ClaimForm form, string id, BillingParty billing, SubscriberParty subscriber, PatientParty patient, PayerParty payer, ProviderParty? rendering, ProviderParty attending,
        DateOnly start, DateOnly end, List<string> codes, string? poa, List<string> pcs,
        List<(string Rev, string Code, List<string> Mods, int Units, decimal Amount, List<int> Pointers)> lines, string typeOfBill, int hour)
    {
        var institutional = form == ClaimForm.Institutional;
        var inpatient = institutional && typeOfBill == "111";
        var diagnoses = codes.Select((c, i) => new BillingDiagnosis(i == 0 ? "ABK" : "ABF", c, inpatient ? poa : null)).ToList();
        if (inpatient)
        {
            diagnoses.Insert(1, new BillingDiagnosis("ABJ", codes[0], null));
        }

        var billingLines = lines.Select((l, i) => new BillingLine(i + 1, institutional ? l.Rev : null, l.Code, l.Mods, l.Units, l.Amount, institutional ? [] : l.Pointers, start, end)).ToList();
        return new BillingClaim(
            form, id, billingLines.Sum(l => l.Charge), institutional ? typeOfBill[..2] : "11", institutional ? typeOfBill[2..] : "1",
            billing,
            institutional ? null : rendering,
            institutional ? attending : null,
            subscriber,
            subscriber.IsPatient ? null : patient,
            payer, start, end, diagnoses,
            inpatient ? pcs.Select((p, i) => new BillingProcedure(i == 0 ? "BBR" : "BBQ", p, start)).ToList() : [],
            institutional ? new InstitutionalCodes(typeOfBill, inpatient ? start : null, inpatient && hour >= 0 ? hour : null, "1", "1", "01", inpatient && hour >= 0 ? 23 - hour : null) : null,
            billingLines);
    }
}
