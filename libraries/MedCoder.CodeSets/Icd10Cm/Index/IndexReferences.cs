using System.Text;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Finds an Index term from a path of names, as a "see" reference writes it ("Calculus, gallbladder, with
/// cholecystitis, acute") or as a caller lists it. A main term is named by its title or by one of its forms
/// ("Calculus, calculi, calculous" is "Calculus"); a subterm by its title, one of its forms or the same words in
/// another order ("intestine, large" is "large intestine"); the words "with", "in", "due to" may lead the next name
/// ("with cholecystitis" is the subterm "with", then "cholecystitis") or be left out ("Diabetes, cataract").
/// Names are compared as sets of words, case, plurals and parentheses aside.
/// </summary>
internal sealed class IndexReferences
{
    private static readonly string[] Connectors = ["with", "without", "in", "due to", "by"];

    private static readonly HashSet<string> IgnoredWords = new(StringComparer.Ordinal) { "of", "in", "the", "and", "a", "an", "to", "nec", "nos" };

    private readonly IReadOnlyList<AlphabeticIndexEntry> _entries;
    private readonly Func<int, IReadOnlyList<int>> _children;
    // Terms by their parent row (-1 for main terms) and each of their names.
    private readonly Dictionary<(int Parent, string Name), List<int>> _byName = [];

    public IndexReferences(IReadOnlyList<AlphabeticIndexEntry> entries, Func<int, IReadOnlyList<int>> children)
    {
        _entries = entries;
        _children = children;
        for (var row = 0; row < entries.Count; row++)
        {
            foreach (var name in Names(entries[row].Term))
            {
                if (!_byName.TryGetValue((entries[row].Parent, name), out var rows))
                {
                    _byName[(entries[row].Parent, name)] = rows = [];
                }

                rows.Add(row);
            }
        }
    }

    /// <summary>The row a "see" text names, or -1 when the text does not lead to one term (a table, "by site", a code range).</summary>
    public int Resolve(string reference) =>
        Resolve([.. reference.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);

    /// <summary>The row at the end of a path of names from a main term down, or -1.</summary>
    public int Resolve(IReadOnlyList<string> parts)
    {
        // The shortest main-term name first: "Syndrome, carpal tunnel" is Syndrome's subterm, not the main term
        // "Carpal tunnel syndrome" (same words) that refers to it.
        for (var taken = 1; taken <= parts.Count; taken++)
        {
            if (!_byName.TryGetValue((-1, Key(string.Join(", ", parts.Take(taken)))), out var mains))
            {
                continue;
            }

            foreach (var main in Ranked(mains, parts[0]))
            {
                if (Descend(main, parts, taken) is var found and >= 0)
                {
                    return found;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The main terms a name may mean, the one titled so first, then the one with the most subterms: the index writes
    /// "see Fracture, ankle" for "Fracture, traumatic, ankle", and "Fracture, pathological" also has an "ankle".
    /// </summary>
    private IEnumerable<int> Ranked(List<int> mains, string name) =>
        mains.Count == 1 ? mains
        : mains.OrderByDescending(main => Key(_entries[main].Term) == Key(name)).ThenByDescending(main => _children(main).Count).ThenBy(main => main);

    private int Descend(int row, IReadOnlyList<string> parts, int next)
    {
        if (next == parts.Count)
        {
            return row;
        }

        // The longest run of names first: "calculus, stones in" is one subterm.
        for (var end = parts.Count; end > next; end--)
        {
            if (!_byName.TryGetValue((row, Key(string.Join(", ", parts.Skip(next).Take(end - next)))), out var named))
            {
                continue;
            }

            foreach (var child in named)
            {
                if (Descend(child, parts, end) is var found and >= 0)
                {
                    return found;
                }
            }
        }

        foreach (var child in _children(row))
        {
            var term = _entries[child].Term;
            if (!Connectors.Contains(term, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var part = parts[next];
            var found = part.StartsWith(term + " ", StringComparison.OrdinalIgnoreCase)
                ? Descend(child, [.. parts.Take(next), part[(term.Length + 1)..], .. parts.Skip(next + 1)], next)
                : Descend(child, parts, next); // the connector left out
            if (found >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    /// <summary>
    /// A title and its forms: "Calculus, calculi, calculous" → itself, "calculus", "calculi", "calculous"; "acute or
    /// subacute" → itself, "acute", "subacute" (two single words only: "Argyll Robertson phenomenon, pupil or syndrome"
    /// is not a syndrome).
    /// </summary>
    private static string[] Names(string title)
    {
        var names = new List<string> { Key(title) };
        var parts = title.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1)
        {
            names.Add(Key(parts[0]));
            names.AddRange(parts.Skip(1).Where(p => SameStem(p, parts[0])).Select(Key));
        }

        if (title.Split(" or ") is [var either, var or] && !either.Contains(' ', StringComparison.Ordinal) && !or.Contains(' ', StringComparison.Ordinal))
        {
            names.AddRange([Key(either), Key(or)]);
        }

        return [.. names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private static bool SameStem(string a, string b) => a.Length >= 3 && b.Length >= 3 && string.Compare(a, 0, b, 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>A name as its sorted words: lower case, parenthesised words and filler words out, a plural 's' off.</summary>
    internal static string Key(string text)
    {
        var words = new List<string>();
        var depth = 0;
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                var w = word.ToString();
                if (!IgnoredWords.Contains(w))
                {
                    words.Add(w.Length > 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') ? w[..^1] : w);
                }

                word.Clear();
            }
        }

        words.Sort(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
