using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;

namespace MedCoder.Coding.Matching;

/// <summary>
/// The Neoplasm Table of the ICD-10-CM Index as phrases. A coder codes a neoplasm by its site and behaviour: "renal
/// adenocarcinoma" is Neoplasm, kidney, malignant primary (C64.9); "gastric tumor" is Neoplasm, stomach, unspecified
/// behavior (D49.0), because the Index sends "Tumor" to the unspecified-behaviour column. Each site row (its words
/// with its parent site's: "bladder" then "dome of bladder") is written with each behaviour's phrase; the code-book
/// wording variants (<see cref="TermVariants"/>) then add carcinoma/cancer/metastasis and the organ adjectives.
/// A code the table gives with a trailing '-' (laterality still to come) stands for its unspecified child, and for its
/// right and left children with the words "right" and "left". Tumours named by morphology alone ("glioblastoma")
/// take the row the Index sends them to.
/// </summary>
public static class NeoplasmTerms
{
    /// <summary>How a note names each column; the site follows "of". The Index's own morphology entries are not published here.</summary>
    private static readonly (NeoplasmColumn Column, string[] Phrases)[] Behaviours =
    [
        (NeoplasmColumn.MalignantPrimary, ["malignant neoplasm of", "malignancy of", "leiomyosarcoma of", "liposarcoma of"]),
        (NeoplasmColumn.MalignantSecondary, ["secondary malignant neoplasm of"]),
        (NeoplasmColumn.CaInSitu, ["carcinoma in situ of"]),
        (NeoplasmColumn.Benign, ["benign neoplasm of", "adenoma of"]),
        (NeoplasmColumn.UncertainBehavior, ["neoplasm of uncertain behavior of"]),
        (NeoplasmColumn.UnspecifiedBehavior, ["neoplasm of", "neoplasia of", "tumor of", "tumour of", "tumoration of", "neoformation of"]),
    ];

    private const int MaxNamesPerSite = 6;

    /// <summary>
    /// Tumours named by their morphology alone, and the Neoplasm Table row and column the Index sends them to
    /// ("Glioblastoma — see Neoplasm, brain, malignant"); the code comes from the table.
    /// </summary>
    private static readonly (string Morphology, string Site, NeoplasmColumn Column)[] Morphologies =
    [
        ("glioblastoma", "brain", NeoplasmColumn.MalignantPrimary), ("glioma", "brain", NeoplasmColumn.MalignantPrimary),
        ("astrocytoma", "brain", NeoplasmColumn.MalignantPrimary), ("oligodendroglioma", "brain", NeoplasmColumn.MalignantPrimary),
        ("seminoma", "testis", NeoplasmColumn.MalignantPrimary), ("nephroblastoma", "kidney", NeoplasmColumn.MalignantPrimary),
        ("hypernephroma", "kidney", NeoplasmColumn.MalignantPrimary), ("osteosarcoma", "bone", NeoplasmColumn.MalignantPrimary),
        ("retinoblastoma", "retina", NeoplasmColumn.MalignantPrimary), ("meningioma", "meninges", NeoplasmColumn.Benign),
        ("fibroadenoma", "breast", NeoplasmColumn.Benign), ("schwannoma", "nerve", NeoplasmColumn.Benign),
        ("neurilemmoma", "nerve", NeoplasmColumn.Benign), ("neurofibroma", "nerve", NeoplasmColumn.Benign),
        ("osteoma", "bone", NeoplasmColumn.Benign),
    ];

    /// <summary>(phrase, billable code without dot) for every site and behaviour the table codes; the main term's row gives the site-less phrases.</summary>
    public static IEnumerable<(string Phrase, string Code)> Of(NeoplasmTable table, CodeHierarchy hierarchy)
    {
        var namesAtLevel = new List<List<string>>();
        foreach (var row in table.Rows)
        {
            var level = row.Level;
            var names = level == 0 ? [string.Empty] : SiteNames(row.Term, level == 1 ? [string.Empty] : namesAtLevel[level - 1]);
            namesAtLevel.RemoveRange(level, namesAtLevel.Count - level);
            namesAtLevel.Add(names);
            if (row.See is not null)
            {
                continue;
            }

            foreach (var (column, phrases) in Behaviours)
            {
                if (row.Code(column) is not { } cell)
                {
                    continue;
                }

                foreach (var (side, code) in Codes(cell, hierarchy))
                {
                    foreach (var phrase in phrases)
                    {
                        foreach (var name in names)
                        {
                            yield return ($"{phrase} {side} {name}".Trim(), code);
                        }
                    }
                }
            }

            foreach (var (morphology, _, column) in Morphologies.Where(m => level == 1 && names.FirstOrDefault() == m.Site))
            {
                foreach (var (side, code) in row.Code(column) is { } cell ? Codes(cell, hierarchy) : [])
                {
                    yield return ($"{side} {morphology}".Trim(), code);
                }
            }
        }
    }

    /// <summary>
    /// A site's names: "anus, anal" is two names, "atrium, cardiac" one ("cardiac atrium"), "bile or biliary" two;
    /// NEC and NOS dropped; a subsite's names carry its parent's words.
    /// </summary>
    public static List<string> SiteNames(string term, List<string> parentNames)
    {
        var text = term.Replace(" NEC", string.Empty, StringComparison.Ordinal).Replace(" NOS", string.Empty, StringComparison.Ordinal);
        if (text.IndexOf('[', StringComparison.Ordinal) is var bracket and > 0)
        {
            text = text[..bracket];
        }

        var own = new List<string>();
        var parts = text.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && SameStem(parts[0], parts[1]))
        {
            own.AddRange(parts);
        }
        else if (text.Split(" or ") is [var left, var right] && !left.Contains(' ', StringComparison.Ordinal) && !right.Contains(' ', StringComparison.Ordinal))
        {
            own.AddRange([left, right]);
        }
        else
        {
            own.Add(string.Join(' ', parts.Reverse()));
        }

        // A name of stop words only ("specified site NEC") would be the behaviour word alone, the main term's phrase.
        return [.. parentNames.SelectMany(parent => own.Select(name => $"{name} {parent}".Trim()))
            .Where(name => WordForms.ContentWords(name).Count > 0).Distinct(StringComparer.Ordinal).Take(MaxNamesPerSite)];
    }

    /// <summary>Noun and adjective of one organ ("axilla, axillary", "anus, anal"): same first two letters, and one word each.</summary>
    private static bool SameStem(string a, string b) =>
        !a.Contains(' ', StringComparison.Ordinal) && !b.Contains(' ', StringComparison.Ordinal) && a.Length >= 3 && b.Length >= 3
        && string.Compare(a, 0, b, 0, 2, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>The billable codes a cell stands for: itself, or for "C64.-" its default (C64.9) and, with a side word, C64.1 / C64.2.</summary>
    private static IEnumerable<(string Side, string Code)> Codes(string cell, CodeHierarchy hierarchy)
    {
        var prefix = Icd10CmFormat.WithoutDot(cell.TrimEnd('-', '.'));
        if (hierarchy.DefaultBillable(prefix) is not { } billable)
        {
            yield break;
        }

        yield return (string.Empty, billable);
        if (!cell.EndsWith('-'))
        {
            yield break;
        }

        foreach (var side in (string[])["right", "left"])
        {
            var sided = hierarchy.Release.Descendants(prefix)
                .Where(c => hierarchy.Release.Find(c) is { Billable: true } code && CodeHierarchy.TitleHasWord(code.LongDescription, side)).ToList();
            // A site the code book splits by sex has two: the female's stands for both here (see CodeHierarchy).
            if (sided.Count == 1 || (sided.Count == 2 && sided.Where(hierarchy.IsFemaleOfPair).ToList() is [var female] && (sided = [female]) is not null))
            {
                yield return (side, sided[0]);
            }
        }
    }

}
