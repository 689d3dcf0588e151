using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.SyntheticEncounters;

/// <summary>What a trip encounter does wrong, on purpose, for the compliance edits to catch.</summary>
public enum EditTrip
{
    /// <summary>A male patient whose note states a supervised pregnancy (MCE maternity list).</summary>
    MaleWithPregnancyCode,

    /// <summary>Add-on code 11045 billed without its primary 11042 (NCCI AOC type 1).</summary>
    AddOnAlone,

    /// <summary>11042 and 97597 on the same day without a modifier (NCCI PTP, modifier indicator 1).</summary>
    PtpPairWithoutModifier,

    /// <summary>The same pair with modifier 59 on 97597: bypassed, reported for the coder to confirm.</summary>
    PtpPairWithModifier59,

    /// <summary>11042 billed for 3 units on one day; its MUE is 1 (MAI 2, date of service, policy).</summary>
    UnitsOverMue,
}

/// <summary>A synthetic office encounter changed to trip one edit, with the edit id expected and whether its finding blocks the claim.</summary>
public sealed record EditTripEncounter(EditTrip Trip, EncounterSubmission Submission, string ExpectedEditId, bool Blocks);

/// <summary>
/// Encounters that must trip the edits (the demo shows each family at work): each is a generated office visit of the
/// factory's seed with one thing made wrong; ids are "TRIP-{seed}-{n}", outside the answer key's "ENC-" ids. The
/// codes and their MUE/NCCI facts were read from the shipped code-set files.
/// </summary>
public static class EditTrips
{
    public static IReadOnlyList<EditTripEncounter> Create(SyntheticEncounterFactory factory, int seed) =>
        [.. Enum.GetValues<EditTrip>().Select((trip, n) => Create(trip, OfficeVisit(factory, n), seed, n))];

    private static EditTripEncounter Create(EditTrip trip, EncounterSubmission visit, int seed, int n)
    {
        visit.EncounterId = string.Create(CultureInfo.InvariantCulture, $"TRIP-{seed}-{n:D2}");
        var visitCharge = visit.Charges![0];
        switch (trip)
        {
            case EditTrip.MaleWithPregnancyCode:
                visit.Patient!.Sex = "male";
                visit.Notes![0].Text = "SUBJECTIVE: Routine prenatal visit.\nASSESSMENT: Encounter for supervision of normal first pregnancy, first trimester.\nPLAN: Prenatal vitamins. Return in 4 weeks.";
                return new(trip, visit, "MCE-SEX", Blocks: false);
            case EditTrip.AddOnAlone:
                visit.Charges = [visitCharge, Charge("11045", 1, 85m)];
                return new(trip, visit, "NCCI-AOC-NO-PRIMARY", Blocks: true);
            case EditTrip.PtpPairWithoutModifier:
                visit.Charges = [Charge("11042", 1, 240m), Charge("97597", 1, 110m)];
                return new(trip, visit, "NCCI-PTP-MODIFIER-REQUIRED", Blocks: true);
            case EditTrip.PtpPairWithModifier59:
                visit.Charges = [Charge("11042", 1, 240m), Charge("97597", 1, 110m, "59")];
                return new(trip, visit, "NCCI-PTP-BYPASSED", Blocks: false);
            default:
                visit.Charges = [Charge("11042", 3, 720m)];
                return new(trip, visit, "MUE-DOS", Blocks: true);
        }
    }

    /// <summary>The n-th office visit the factory makes (office visits bill on the professional claim, where every family applies).</summary>
    private static EncounterSubmission OfficeVisit(SyntheticEncounterFactory factory, int n) =>
        Enumerable.Range(0, int.MaxValue).Select(i => factory.Create(i).Submission).Where(s => s.Setting == DemoSettings.Office).Skip(n).First();

    private static ChargeSubmission Charge(string code, int units, decimal amount, params string[] modifiers) =>
        new() { Code = code, Units = units, Amount = amount, Modifiers = modifiers.Length == 0 ? null : [.. modifiers] };
}
