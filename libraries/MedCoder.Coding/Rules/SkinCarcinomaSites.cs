using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A basal or squamous cell carcinoma of the skin is coded by its site (C44.0–C44.7 by region, the limb's and the ear's by
/// side): "Basal cell carcinoma, right dorsal forearm" is C44.612 (skin of right upper limb, including shoulder), not the
/// site-unspecified C44.91 nor "carcinoma" alone (C80.1). A note names the site the way a dermatologist does — forearm,
/// cheek, scalp, back — not the code book's region, and leaves "skin" unsaid. Claim purpose only.
/// </summary>
public static class SkinCarcinomaSites
{
    private enum Region
    {
        Lip, Ear, Nose, Face, ScalpNeck, Breast, Trunk, UpperLimb, LowerLimb,
    }

    private static readonly FrozenDictionary<string, Region> Sites = new (string Word, Region Region)[]
    {
        ("lip", Region.Lip), ("ear", Region.Ear), ("auricle", Region.Ear), ("helix", Region.Ear), ("nose", Region.Nose), ("nasal", Region.Nose),
        ("face", Region.Face), ("facial", Region.Face), ("cheek", Region.Face), ("forehead", Region.Face), ("temple", Region.Face),
        ("chin", Region.Face), ("jaw", Region.Face), ("brow", Region.Face), ("malar", Region.Face), ("nasolabial", Region.Face),
        ("scalp", Region.ScalpNeck), ("neck", Region.ScalpNeck), ("breast", Region.Breast),
        ("back", Region.Trunk), ("chest", Region.Trunk), ("abdomen", Region.Trunk), ("abdominal", Region.Trunk), ("trunk", Region.Trunk),
        ("flank", Region.Trunk), ("torso", Region.Trunk), ("scapula", Region.Trunk), ("scapular", Region.Trunk),
        ("arm", Region.UpperLimb), ("forearm", Region.UpperLimb), ("hand", Region.UpperLimb), ("wrist", Region.UpperLimb),
        ("elbow", Region.UpperLimb), ("finger", Region.UpperLimb), ("thumb", Region.UpperLimb), ("shoulder", Region.UpperLimb),
        ("leg", Region.LowerLimb), ("thigh", Region.LowerLimb), ("knee", Region.LowerLimb), ("calf", Region.LowerLimb),
        ("shin", Region.LowerLimb), ("ankle", Region.LowerLimb), ("foot", Region.LowerLimb), ("toe", Region.LowerLimb), ("hip", Region.LowerLimb),
    }.ToFrozenDictionary(s => WordForms.Normalize(s.Word), s => s.Region, StringComparer.Ordinal);

    /// <summary>Replaces a site-unspecified skin carcinoma (and a bare "carcinoma") whose statement names a site by that site's code.</summary>
    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && (c.Code is "C4491" or "C4492" or "C801" || IllDefinedSite(c.Code))
            && Sited(notes, c) is { } code && billable(code) ? code : null, "neoplasm:skin-site");
    }

    private static string? Sited(IReadOnlyList<ReadNote> notes, Candidate c)
    {
        foreach (var span in EvidenceSentences.Stated(notes, c))
        {
            if (EvidenceSentences.Of(notes, span) is not var (note, sentence))
            {
                continue;
            }

            char? morphology = null;
            Region? region = null;
            string? side = null;
            var skin = false;
            var tokens = note.Tokens;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = tokens[t].Word;
                morphology ??= word switch
                {
                    "bcc" => '1',
                    "scc" => '2',
                    "basal" when t + 1 < sentence.EndToken && tokens[t + 1].Word == "cell" => '1',
                    "squamous" when t + 1 < sentence.EndToken && tokens[t + 1].Word == "cell" => '2',
                    _ => null,
                };
                region ??= Sites.TryGetValue(word, out var r) ? r : null;
                side ??= word is "right" or "left" ? word : null;
                skin |= word is "skin" or "cutaneous";
            }

            // A bare "carcinoma" (C80.1) or one of a region (C76: "forearm" is the Neoplasm Table's "arm NEC") is the skin's only where the sentence says skin or names a limb or the face: a
            // squamous cell carcinoma "of the neck" may be the head and neck's.
            if (morphology is { } m && region is { } at && (c.Code is "C4491" or "C4492" || skin || at is Region.UpperLimb or Region.LowerLimb or Region.Face or Region.Nose))
            {
                return Code(m, at, side);
            }
        }

        return null;
    }

    /// <summary>The Neoplasm Table's ill-defined sites (C76.-: head, thorax, limbs), where a skin carcinoma's site word leads.</summary>
    private static bool IllDefinedSite(string code) => code.StartsWith("C76", StringComparison.Ordinal);

    /// <summary>The region's code for the morphology (1 basal, 2 squamous); the ear and the limbs by side (1 unspecified, 2 right, 9 left).</summary>
    private static string Code(char morphology, Region region, string? side)
    {
        var sided = side switch { "right" => '2', "left" => '9', _ => '1' };
        return region switch
        {
            Region.Lip => $"C440{morphology}",
            Region.Ear => $"C442{morphology}{sided}",
            Region.Nose => $"C443{morphology}1",
            Region.Face => $"C443{morphology}9",
            Region.ScalpNeck => $"C444{morphology}",
            Region.Breast => $"C445{morphology}1",
            Region.Trunk => $"C445{morphology}9",
            Region.UpperLimb => $"C446{morphology}{sided}",
            _ => $"C447{morphology}{sided}",
        };
    }
}
