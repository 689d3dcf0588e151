namespace MedCoder.Coding.Reading;

/// <summary>
/// A normalised word, shared by every token of every note that reads as it (<see cref="WrittenWords"/>), so that
/// what later steps derive from the word alone — stop word or not, context triggers, vocabulary id — is worked out
/// once per word instead of looked up in a hash table per token.
/// </summary>
internal sealed class NormalWord(string text)
{
    public string Text { get; } = text;

    public bool IsStopWord { get; } = WordForms.IsStopWord(text);

    /// <summary>The context scanner's triggers for this word (immutable once set; racing writers store equal values).</summary>
    public object? ContextCache { get; set; }

    // The word's id in the vocabulary that last asked, packed with that vocabulary's stamp (0: none yet) in one
    // long, so a racing reader never pairs one vocabulary's stamp with another's id.
    private long _vocabularyId;

    public bool TryGetVocabularyId(int vocabularyStamp, out int id)
    {
        var packed = Volatile.Read(ref _vocabularyId);
        id = (int)packed;
        return (int)(packed >> 32) == vocabularyStamp;
    }

    public void SetVocabularyId(int vocabularyStamp, int id) => Volatile.Write(ref _vocabularyId, ((long)vocabularyStamp << 32) | (uint)id);
}
