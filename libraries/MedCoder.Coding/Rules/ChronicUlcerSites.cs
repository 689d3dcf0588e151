using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A non-pressure chronic ulcer of the lower limb is coded by site, side and depth (L97.-: "plantar ulcer under the right
/// first metatarsal head, fat layer exposed" is L97.512); a diabetic foot ulcer (E1x.621) says "use additional code to
/// identify site of ulcer", so its sentence's site gives the L97 code beside it. A site a note does not name leaves the
/// ulcer as it was read. Claim purpose only.
/// </summary>
public static class ChronicUlcerSites
{
    private const string Rule = "ulcer:site";

    // The L97 site digit for the words a note uses (4 heel and midfoot, 5 other part of foot, 3 ankle, 2 calf, 1 thigh, 8 other part of lower leg).
    private static readonly FrozenDictionary<string, char> Sites = new (string Word, char Site)[]
    {
        ("heel", '4'), ("midfoot", '4'), ("calcaneal", '4'),
        ("toe", '5'), ("toes", '5'), ("hallux", '5'), ("metatarsal", '5'), ("forefoot", '5'), ("plantar", '5'), ("foot", '5'), ("sole", '5'),
        ("ankle", '3'), ("malleolus", '3'), ("malleolar", '3'),
        ("calf", '2'), ("thigh", '1'),
        ("shin", '8'), ("pretibial", '8'), ("leg", '8'),
    }.ToFrozenDictionary(s => WordForms.Normalize(s.Word), s => s.Site, StringComparer.Ordinal);

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("L97", StringComparison.Ordinal)
            && Sited(notes, c) is { } code && billable(code) ? code : null, Rule);

        foreach (var diabetic in candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && c.Code.Length == 6 && c.Code[0] == 'E' && c.Code.EndsWith("621", StringComparison.Ordinal)))
        {
            if (!candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("L97", StringComparison.Ordinal))
                && Sited(notes, diabetic) is { } code && billable(code))
            {
                var site = diabetic.CopyAs(code);
                site.Rule = Rule;
                site.Precedence = diabetic.Precedence;
                candidates.Insert(candidates.IndexOf(diabetic) + 1, site);
            }
        }
    }

    private static string? Sited(IReadOnlyList<ReadNote> notes, Candidate c)
    {
        foreach (var span in EvidenceSentences.Stated(notes, c))
        {
            if (EvidenceSentences.Of(notes, span) is not var (note, sentence))
            {
                continue;
            }

            char? site = null;
            var side = '9';
            var depth = '9';
            var tokens = note.Tokens;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = tokens[t].Word;
                var next = t + 1 < sentence.EndToken ? tokens[t + 1].Word : string.Empty;
                if (Sites.TryGetValue(word, out var s) && (site is null || s is '4' or '3'))
                {
                    site = s; // the heel or ankle over "foot" ("right foot, heel")
                }

                side = side == '9' ? word switch { "right" => '1', "left" => '2', _ => side } : side;
                depth = word switch
                {
                    "fat" or "subcutaneous" => Deeper(depth, '2'),
                    "skin" when depth == '9' => '1',
                    "superficial" => Deeper(depth, '1'),
                    "muscle" => Deeper(depth, next is "necrosis" ? '3' : '5'),
                    "bone" or "osteomyelitis" => Deeper(depth, next is "necrosis" ? '4' : '6'),
                    "necrosis" when t > sentence.FirstToken && tokens[t - 1].Word is "muscle" => '3',
                    _ => depth,
                };
            }

            if (site is { } at)
            {
                return $"L97{at}{side}{depth}";
            }
        }

        return null;
    }

    /// <summary>The deeper of two depths: 1 skin, 2 fat, 5 muscle, 6 bone (3 and 4, necrosis, deeper still); 9 unspecified below all.</summary>
    private static char Deeper(char current, char found)
    {
        static int Rank(char depth) => depth switch { '1' => 1, '2' => 2, '5' => 3, '3' => 4, '6' => 5, '4' => 6, _ => 0 };
        return Rank(found) > Rank(current) ? found : current;
    }
}
