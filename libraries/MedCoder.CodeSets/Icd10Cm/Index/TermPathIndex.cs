namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Finds index rows by term, case-insensitively, with or without nonessential modifiers. Rows are in document order
/// with their levels, so a term's subterms are the rows that follow it at a deeper level.
/// </summary>
internal sealed class TermPathIndex
{
    private readonly int[] _levels;
    private readonly int[] _parents;
    private readonly string[] _titles;
    private readonly string[] _terms;
    // A plain dictionary: built on every cache load, and freezing ~15,000 keys costs more than it saves here.
    private readonly Dictionary<string, List<int>> _byTerm = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="rows">level (0 = main term), full title and bare term of each row, in document order</param>
    public TermPathIndex(IReadOnlyList<(int Level, string Title, string Term)> rows)
    {
        _levels = rows.Select(r => r.Level).ToArray();
        _titles = rows.Select(r => r.Title).ToArray();
        _terms = rows.Select(r => r.Term).ToArray();
        _parents = new int[rows.Count];
        var open = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            open.RemoveRange(_levels[i], open.Count - _levels[i]);
            _parents[i] = open.Count > 0 ? open[^1] : -1;
            open.Add(i);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            Add(_titles[i], i);
            if (!string.Equals(_terms[i], _titles[i], StringComparison.OrdinalIgnoreCase))
            {
                Add(_terms[i], i);
            }
        }
    }

    /// <summary>Rows whose term at the given level matches, each followed by its subterms.</summary>
    public IEnumerable<int> Find(string term, int level)
    {
        foreach (var start in Candidates(term).Where(i => _levels[i] == level))
        {
            yield return start;
            for (var i = start + 1; i < _levels.Length && _levels[i] > level; i++)
            {
                yield return i;
            }
        }
    }

    /// <summary>The row reached by following the path from the given level down, or -1.</summary>
    public int FindPath(IReadOnlyList<string> path, int level)
    {
        if (path.Count == 0)
        {
            return -1;
        }

        foreach (var candidate in Candidates(path[^1]).Where(i => _levels[i] == level + path.Count - 1))
        {
            var row = candidate;
            var matches = true;
            for (var step = path.Count - 2; step >= 0 && matches; step--)
            {
                row = _parents[row];
                matches = Matches(row, path[step]);
            }

            if (matches)
            {
                return candidate;
            }
        }

        return -1;
    }

    private void Add(string key, int row)
    {
        if (!_byTerm.TryGetValue(key, out var rows))
        {
            _byTerm[key] = rows = [];
        }

        rows.Add(row); // rows arrive in document order, so each list stays sorted
    }

    private IEnumerable<int> Candidates(string term) => _byTerm.TryGetValue(CodeText.Clean(term), out var rows) ? rows : [];

    private bool Matches(int row, string term) =>
        string.Equals(_titles[row], CodeText.Clean(term), StringComparison.OrdinalIgnoreCase)
        || string.Equals(_terms[row], CodeText.Clean(term), StringComparison.OrdinalIgnoreCase);
}
