using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.CodeSuggestion.Engine.Services;

/// <summary>
/// Office E/M level from documented total time on the date of the encounter (CPT 2021/2023 E/M guidelines):
/// new patient 99202 15–29 min, 99203 30–44, 99204 45–59, 99205 60+; established 99212 10–19, 99213 20–29,
/// 99214 30–39, 99215 40+. CPT numbers only (descriptors are AMA-licensed). Levels from medical decision
/// making (problems, data, risk) are not derived yet: without documented time no level is suggested.
/// </summary>
public static partial class OfficeVisitLevel
{
    private const string Rule = "em-time";
    private const double Confidence = 0.8;

    private static readonly (int Minutes, string Code)[] NewPatient = [(60, "99205"), (45, "99204"), (30, "99203"), (15, "99202")];
    private static readonly (int Minutes, string Code)[] Established = [(40, "99215"), (30, "99214"), (20, "99213"), (10, "99212")];

    public static SuggestedCode? FromDocumentedTime(string text, int noteIndex, CareSetting setting)
    {
        if (setting != CareSetting.Office || TotalTime().Match(text) is not { Success: true } time)
        {
            return null;
        }

        var minutes = int.Parse(time.Groups["minutes"].Value, CultureInfo.InvariantCulture);
        var table = NewPatientVisit().IsMatch(text) ? NewPatient : Established;
        foreach (var (threshold, code) in table)
        {
            if (minutes >= threshold)
            {
                var span = new EvidenceSpan(noteIndex, time.Index, time.Index + time.Length);
                return new SuggestedCode(CodeSystems.Cpt, code, $"Office visit, {(table == NewPatient ? "new" : "established")} patient, {minutes} minutes total time", Confidence, [span], Rule);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:total time|total of|spent)\D{0,40}?(?<minutes>\d{1,3})\s*(?:minutes|mins?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalTime();

    [GeneratedRegex(@"\bnew patient\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewPatientVisit();
}
