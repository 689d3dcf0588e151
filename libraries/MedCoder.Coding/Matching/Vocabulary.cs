using System.Collections.Frozen;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Matching;

/// <summary>Word → dense id, for every word of every compiled term. Words outside it cannot be part of a match.</summary>
public sealed class Vocabulary
{
    private static int s_lastStamp;

    private readonly FrozenDictionary<string, int> _ids;

    // Names this vocabulary in the ids it leaves on shared note words, without keeping it alive from them.
    private readonly int _stamp = Interlocked.Increment(ref s_lastStamp);

    private Vocabulary(FrozenDictionary<string, int> ids) => _ids = ids;

    public int Count => _ids.Count;

    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The id of a shared note word: looked up once, then read from the word while this is the vocabulary in use.</summary>
    internal int IdOf(NormalWord word)
    {
        if (word.TryGetVocabularyId(_stamp, out var id))
        {
            return id;
        }

        id = IdOf(word.Text);
        word.SetVocabularyId(_stamp, id);
        return id;
    }

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
