using System.Globalization;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// What a payer's acknowledgement says about one transaction set (999) or one claim (277CA). A 999 names our group
/// (AK1-02 = GS06) and set (AK2-02 = ST02); a 277CA names the claim by its patient control number (TRN02 in loop
/// 2200D = our CLM01). <paramref name="Reason"/> holds codes and the payer's free-text message only.
/// <paramref name="PayerClaimNumber"/> is the payer's own claim control number a 277CA gives an accepted claim (REF*1K in
/// loop 2200D), which a later replacement or void names in REF*F8 (docs/architecture.md#corrections).
/// </summary>
public sealed record ClaimAcknowledgement(string Source, bool Accepted, string Reason, long? GroupControlNumber = null, string? SetControlNumber = null, string? PatientControlNumber = null, string? PayerClaimNumber = null);

/// <summary>
/// Reads 999 implementation acknowledgements (005010X231A1) and 277CA claim acknowledgements (005010X214) into
/// accepted/rejected per transaction set or claim.
/// </summary>
public static class AcknowledgementReader
{
    public const string Implementation = "999";
    public const string ClaimAcknowledgement = "277CA";

    public static IReadOnlyList<ClaimAcknowledgement> Read(string text)
    {
        var segments = X12Parser.Parse(text);
        var st = segments.FirstOrDefault(s => s.Id == "ST") ?? throw new X12FormatException("the interchange holds no transaction set");
        return st[1] switch
        {
            "999" => Read999(segments),
            "277" => Read277(segments),
            _ => throw new X12FormatException($"transaction set {st[1]} is not a 999 or 277CA acknowledgement"),
        };
    }

    /// <summary>
    /// IK5-01: A accepted, E accepted with errors noted, M/R/W/X rejected. The reason lists IK5's syntax error codes and
    /// each IK3 (segment id, position, loop, error code) and IK4 (element position, error code) reported for the set.
    /// </summary>
    private static List<ClaimAcknowledgement> Read999(IReadOnlyList<X12Segment> segments)
    {
        var result = new List<ClaimAcknowledgement>();
        long? group = null;
        string? set = null;
        var errors = new List<string>();
        foreach (var s in segments)
        {
            switch (s.Id)
            {
                case "AK1":
                    group = long.TryParse(s[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
                    break;
                case "AK2":
                    set = s[2];
                    errors.Clear();
                    break;
                case "IK3":
                    errors.Add($"IK3 segment {s[1]} at {s[2]}{(s[3].Length > 0 ? " loop " + s[3] : "")} error {s[4]}");
                    break;
                case "IK4":
                    errors.Add($"IK4 element {s[1]} error {s[3]}");
                    break;
                case "IK5":
                    var accepted = s[1] is "A" or "E";
                    var codes = s.NonEmptyFrom(2).ToList();
                    var reason = $"999 IK5 {s[1]}" + (codes.Count > 0 ? " (" + string.Join(", ", codes) + ")" : "") + (errors.Count > 0 ? "; " + string.Join("; ", errors) : "");
                    result.Add(new ClaimAcknowledgement(Implementation, accepted, reason, group, set));
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// Per claim (HL level PT, loop 2200D): TRN02 the patient control number, STC01 category:status:entity. Category
    /// A1 (received) and A2 (accepted into adjudication) accept; A3 (returned as unprocessable), A4 (not found), A6/A7
    /// (missing/invalid information) and A8 (relational field error) reject. STC12 is the payer's message. REF*1K after
    /// the STCs is the payer's claim control number (sent when the payer assigned one).
    /// </summary>
    private static List<ClaimAcknowledgement> Read277(IReadOnlyList<X12Segment> segments)
    {
        var result = new List<ClaimAcknowledgement>();
        var level = "";
        string? claim = null;
        var claimAt = -1; // the claim's entry in result, once its first STC was read
        foreach (var s in segments)
        {
            switch (s.Id)
            {
                case "HL":
                    level = s[3];
                    claim = null;
                    claimAt = -1;
                    break;
                case "TRN" when level == "PT":
                    claim = s[2];
                    claimAt = -1;
                    break;
                case "STC" when level == "PT" && claim is not null && claimAt < 0:
                    var category = s.Component(1, 1);
                    var accepted = category is "A0" or "A1" or "A2" or "A5";
                    var reason = $"277CA {string.Join(":", s.Components(1))}" + (s[12].Length > 0 ? " " + s[12] : "");
                    result.Add(new ClaimAcknowledgement(ClaimAcknowledgement, accepted, reason, PatientControlNumber: claim));
                    claimAt = result.Count - 1; // the first STC of a claim is its status; others add detail
                    break;
                case "REF" when level == "PT" && claimAt >= 0 && s[1] == "1K" && s[2].Length > 0:
                    result[claimAt] = result[claimAt] with { PayerClaimNumber = s[2] };
                    break;
            }
        }

        return result;
    }
}
