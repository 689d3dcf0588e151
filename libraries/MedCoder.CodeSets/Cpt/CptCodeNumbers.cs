using System.Collections.Frozen;
using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Cpt;

/// <summary>
/// The CPT code numbers MedCoder knows without the AMA descriptors: every CPT-format code that appears in the
/// CMS MUE and add-on code tables. Knowing the number lets edits run; only a licensed file adds text.
/// </summary>
public sealed class CptCodeNumbers : ICacheable
{
    private const string CacheTag = "CPT-NUMBERS/1";
    private const int CacheVersion = 1;

    private readonly FrozenSet<string> _set;

    public CptCodeNumbers(IEnumerable<string> codes)
    {
        Codes = codes.Where(CptCodeFormat.IsCpt).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _set = Codes.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Sorted ordinally.</summary>
    public IReadOnlyList<string> Codes { get; }

    public static CptCodeNumbers From(MueTable mue, AddOnCodeEdits addOnEdits) =>
        new(mue.Entries.Select(e => e.Code)
            .Concat(addOnEdits.Edits.Select(e => e.AddOnCode))
            .Concat(addOnEdits.Edits.Select(e => e.PrimaryCode)));

    public bool Contains(string code) => _set.Contains(code.Trim().ToUpperInvariant());

    public int CountOf(CptCodeKind kind) => Codes.Count(c => CptCodeFormat.KindOf(c) == kind);

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Codes.Count);
        foreach (var code in Codes)
        {
            writer.Write(code);
        }
    }

    public static CptCodeNumbers Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var codes = new string[reader.ReadInt32()];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = reader.ReadString();
        }

        return new CptCodeNumbers(codes);
    }
}
