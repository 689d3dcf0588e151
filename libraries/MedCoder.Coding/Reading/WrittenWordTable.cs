namespace MedCoder.Coding.Reading;

/// <summary>
/// Written word → what it reads as, for <see cref="WrittenWords"/>: open addressing over a power-of-two array of
/// immutable entries, so a lookup is a hash, one or two slots and one key comparison. Reads take no lock (an entry
/// is published whole, a grown array replaces the old one at once); additions take a lock. The hashes are the
/// runtime's randomised string hashes, so crafted text cannot force collisions.
/// </summary>
internal sealed class WrittenWordTable(int maxEntries)
{
    private readonly Lock _gate = new();
    private WrittenWord?[] _slots = new WrittenWord?[4096];
    private int _count;

    public bool IsFull => Volatile.Read(ref _count) >= maxEntries;

    public static int HashOf(ReadOnlySpan<char> written) => string.GetHashCode(written);

    /// <summary>The entry of a written word, or null (also, rarely, when another thread is adding it right now).</summary>
    public WrittenWord? Find(ReadOnlySpan<char> written, int hash)
    {
        var slots = Volatile.Read(ref _slots);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = Volatile.Read(ref slots[i]);
            if (entry is null)
            {
                return null;
            }

            if (entry.Hash == hash && written.SequenceEqual(entry.Written))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds an entry unless the table is full or has the word already.</summary>
    public void TryAdd(WrittenWord word)
    {
        lock (_gate)
        {
            if (_count >= maxEntries || Find(word.Written, word.Hash) is not null)
            {
                return;
            }

            var slots = _slots;
            if ((_count + 1) * 2 > slots.Length)
            {
                slots = new WrittenWord?[slots.Length * 2];
                foreach (var old in _slots)
                {
                    if (old is not null)
                    {
                        Insert(slots, old);
                    }
                }
            }

            Insert(slots, word);
            Volatile.Write(ref _slots, slots);
            Volatile.Write(ref _count, _count + 1);
        }
    }

    private static void Insert(WrittenWord?[] slots, WrittenWord word)
    {
        var mask = slots.Length - 1;
        var i = word.Hash & mask;
        while (slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        Volatile.Write(ref slots[i], word);
    }
}
