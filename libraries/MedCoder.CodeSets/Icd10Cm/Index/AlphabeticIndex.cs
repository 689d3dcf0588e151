using System.Globalization;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The ICD-10-CM Alphabetic Index (Index to Diseases and Injuries) of one fiscal year: its terms in document order
/// (<see cref="AlphabeticIndexEntry"/>; the tree comes from row order and level), with every "see" and "see also"
/// reference resolved to the term it names where it names one. Codes are kept as published; <see cref="InEdition"/>
/// reads them against the ICD-10-CM edition in force on a date of service.
/// </summary>
public sealed class AlphabeticIndex : ICacheable
{
    private const string CacheTag = "Icd10CmAlphabeticIndex";
    private const int CacheVersion = 2; // 2: "see" references to a main term's first name resolved by IndexReferences.Ranked

    // Subterms as one array: the children of row r are _children[_childStart[r] .. _childStart[r + 1]).
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _see;
    private readonly int[] _seeAlso;
    private readonly Lazy<IndexReferences> _references;

    private AlphabeticIndex(int fiscalYear, IReadOnlyList<AlphabeticIndexEntry> entries, int[]? see, int[]? seeAlso)
    {
        FiscalYear = fiscalYear;
        Entries = entries;
        _childStart = new int[entries.Count + 1];
        var mainTerms = new List<int>();
        foreach (var entry in entries)
        {
            if (entry.Parent >= 0)
            {
                _childStart[entry.Parent + 1]++;
            }
        }

        for (var row = 0; row < entries.Count; row++)
        {
            _childStart[row + 1] += _childStart[row];
        }

        _children = new int[_childStart[entries.Count]];
        var filled = new int[entries.Count];
        for (var row = 0; row < entries.Count; row++)
        {
            if (entries[row].Parent is var parent and >= 0)
            {
                _children[_childStart[parent] + filled[parent]++] = row;
            }
            else
            {
                mainTerms.Add(row);
            }
        }

        MainTerms = mainTerms;
        _references = new(() => new IndexReferences(entries, Children));
        _see = see ?? ResolveAll(e => e.See);
        _seeAlso = seeAlso ?? ResolveAll(e => e.SeeAlso);
    }

    /// <summary>The fiscal year the index was published for; its codes are that year's.</summary>
    public int FiscalYear { get; }

    /// <summary>Every term in document order; a term's row is its position here.</summary>
    public IReadOnlyList<AlphabeticIndexEntry> Entries { get; }

    /// <summary>The rows of the main terms, in document order.</summary>
    public IReadOnlyList<int> MainTerms { get; }

    public int CodeCount => Entries.Count(e => e.Code is not null);

    public int SeeCount => Entries.Count(e => e.See is not null);

    /// <summary>"See" references that lead to one term (the others name a table, "by site" or a range of codes).</summary>
    public int ResolvedSeeCount => _see.Count(t => t >= 0);

    public static AlphabeticIndex Load(string path, int fiscalYear) => new(fiscalYear, AlphabeticIndexCsv.Read(path), see: null, seeAlso: null);

    /// <summary>The rows of a term's subterms, in document order.</summary>
    public IReadOnlyList<int> Children(int row) => new ArraySegment<int>(_children, _childStart[row], _childStart[row + 1] - _childStart[row]);

    /// <summary>The titles from the main term down to this term, nonessential modifiers in parentheses.</summary>
    public IReadOnlyList<string> Path(int row)
    {
        var titles = new List<string>();
        for (var at = row; at >= 0; at = Entries[at].Parent)
        {
            titles.Add(Entries[at].Title);
        }

        titles.Reverse();
        return titles;
    }

    /// <summary>
    /// The row a path of names leads to, from a main term down ("Calculus", "gallbladder", "with", "cholecystitis");
    /// names compare as words in any order, modifiers and case aside. -1 when there is none.
    /// </summary>
    public int Find(params string[] path) => _references.Value.Resolve(path);

    /// <summary>The term a row's "see" names, or -1 (no reference, or one that names no single term).</summary>
    public int SeeTarget(int row) => _see[row];

    /// <summary>The term a row's "see also" names, or -1.</summary>
    public int SeeAlsoTarget(int row) => _seeAlso[row];

    /// <summary>The index read against an ICD-10-CM edition: each code as the valid codes it stands for in that edition.</summary>
    public IndexCodes InEdition(Icd10CmRelease edition, ConversionTable? conversion) => new(this, edition, conversion);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Entries.Count:N0} terms, {MainTerms.Count:N0} main terms, {CodeCount:N0} codes, {ResolvedSeeCount:N0} of {SeeCount:N0} see references resolved");

    private int[] ResolveAll(Func<AlphabeticIndexEntry, string?> reference)
    {
        var targets = new int[Entries.Count];
        for (var row = 0; row < Entries.Count; row++)
        {
            targets[row] = reference(Entries[row]) is { } text ? _references.Value.Resolve(text) : -1;
        }

        return targets;
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(FiscalYear);
        writer.Write(Entries.Count);
        for (var row = 0; row < Entries.Count; row++)
        {
            // The parent is rebuilt from the levels on reading.
            var entry = Entries[row];
            writer.Write(entry.Level);
            writer.Write(entry.Term);
            BinaryCache.WriteStrings(writer, entry.Modifiers);
            BinaryCache.WriteNullable(writer, entry.Code);
            BinaryCache.WriteNullable(writer, entry.See);
            BinaryCache.WriteNullable(writer, entry.SeeAlso);
            writer.Write(_see[row]);
            writer.Write(_seeAlso[row]);
        }
    }

    public static AlphabeticIndex Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var fiscalYear = reader.ReadInt32();
        var entries = new AlphabeticIndexEntry[BinaryCache.ReadCount(reader)];
        var see = new int[entries.Length];
        var seeAlso = new int[entries.Length];
        var open = new List<int>();
        var pool = new StringPool();
        for (var row = 0; row < entries.Length; row++)
        {
            var level = reader.ReadInt32();
            if (level < 0 || level > open.Count)
            {
                throw new InvalidDataException($"Binary cache holds an index term at level {level} after level {open.Count - 1}.");
            }

            open.RemoveRange(level, open.Count - level);
            var term = pool.Get(reader.ReadString());
            var modifiers = pool.Get(BinaryCache.ReadStrings(reader));
            entries[row] = new AlphabeticIndexEntry(
                level, open.Count > 0 ? open[^1] : -1, term, modifiers, pool.GetOrNull(BinaryCache.ReadNullable(reader)), BinaryCache.ReadNullable(reader), BinaryCache.ReadNullable(reader));
            see[row] = reader.ReadInt32();
            seeAlso[row] = reader.ReadInt32();
            open.Add(row);
        }

        return new AlphabeticIndex(fiscalYear, entries, see, seeAlso);
    }
}
