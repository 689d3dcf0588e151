namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// One instance per distinct text while a table is read: the index repeats its subterms ("with", "acute", "left"), its
/// modifier lists and its codes tens of thousands of times.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _lists = new(StringComparer.Ordinal);

    public string Get(string text) => _strings.TryGetValue(text, out var pooled) ? pooled : _strings[text] = text;

    public string? GetOrNull(string? text) => text is null ? null : Get(text);

    public IReadOnlyList<string> Get(IReadOnlyList<string> list)
    {
        if (list.Count == 0)
        {
            return [];
        }

        var key = string.Join('\u001f', list);
        if (!_lists.TryGetValue(key, out var pooled))
        {
            _lists[key] = pooled = [.. list.Select(Get)];
        }

        return pooled;
    }
}
