using System.Collections.Frozen;

namespace MedCoder.CodeSuggestion.Engine.Matching;

/// <summary>Word → dense id, for every word of every compiled term. Words outside it cannot be part of a match.</summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, int> _ids;

    private Vocabulary(FrozenDictionary<string, int> ids) => _ids = ids;

    public int Count => _ids.Count;

    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    public sealed class Builder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public int Add(string word)
        {
            if (!_ids.TryGetValue(word, out var id))
            {
                _ids[word] = id = _ids.Count;
            }

            return id;
        }

        public Vocabulary Build() => new(_ids.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
