using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>The ICD-10-CM External Cause of Injuries Index (icd10cm-eindex-*.xml): term path to code or cross-reference.</summary>
public sealed class ExternalCauseIndex : ICacheable
{
    private const string CacheTag = "Icd10CmExternalCauseIndex";
    private const int CacheVersion = 1;

    private readonly TermPathIndex _index;

    public ExternalCauseIndex(IReadOnlyList<ExternalCauseEntry> entries)
    {
        Entries = entries;
        _index = new TermPathIndex(entries.Select(e => (e.Level, e.Path[^1], e.Term)).ToArray());
    }

    /// <summary>Every main term and subterm in document order.</summary>
    public IReadOnlyList<ExternalCauseEntry> Entries { get; }

    public int MainTermCount => Entries.Count(e => e.Level == 0);

    /// <summary>Subterms (terms below a main term).</summary>
    public int TermCount => Entries.Count(e => e.Level > 0);

    public static ExternalCauseIndex Load(string path)
    {
        var root = XmlDataFile.LoadRoot(path, "ICD10CM.index");
        return new ExternalCauseIndex(IndexXml.Nodes(path, root).Select(node => ParseEntry(path, node)).ToArray());
    }

    /// <summary>The main term's entry and its subterm entries; the term may include or omit nonessential modifiers, any case.</summary>
    public IReadOnlyList<ExternalCauseEntry> Find(string mainTerm) => _index.Find(mainTerm, 0).Select(i => Entries[i]).ToArray();

    /// <summary>The entry at a path of terms, e.g. ("Fall, falling", "down", "ladder"); null when there is none.</summary>
    public ExternalCauseEntry? FindPath(params string[] path) => _index.FindPath(path, 0) is >= 0 and var i ? Entries[i] : null;

    private static ExternalCauseEntry ParseEntry(string path, IndexNode node)
    {
        string? code = null;
        string? see = null;
        string? seeAlso = null;
        string? seeCategory = null;
        foreach (var child in node.Element.Elements().Skip(1))
        {
            switch (child.Name.LocalName)
            {
                case "code" or "subcat":
                    code = IndexXml.Once(code, path, child, "second code for one term");
                    break;
                case "see":
                    see = IndexXml.Once(see, path, child, "second <see>");
                    break;
                case "seeAlso":
                    seeAlso = IndexXml.Once(seeAlso, path, child, "second <seeAlso>");
                    break;
                case "seecat":
                    seeCategory = IndexXml.Once(seeCategory, path, child, "second <seecat>");
                    break;
                case "term":
                    break;
                default:
                    throw XmlDataFile.Fail(path, child, $"unexpected <{child.Name.LocalName}> in <{node.Element.Name.LocalName}>");
            }
        }

        return new ExternalCauseEntry(node.Path, node.Term, code, see, seeAlso, seeCategory);
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Entries.Count);
        foreach (var entry in Entries)
        {
            // Only the entry's own title: the path is rebuilt from the levels on reading.
            writer.Write(entry.Level);
            writer.Write(entry.Path[^1]);
            writer.Write(entry.Term);
            BinaryCache.WriteNullable(writer, entry.Code);
            BinaryCache.WriteNullable(writer, entry.See);
            BinaryCache.WriteNullable(writer, entry.SeeAlso);
            BinaryCache.WriteNullable(writer, entry.SeeCategory);
        }
    }

    public static ExternalCauseIndex Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var entries = new ExternalCauseEntry[BinaryCache.ReadCount(reader)];
        var path = new List<string>();
        for (var i = 0; i < entries.Length; i++)
        {
            var level = CellTable.ReadPathStep(reader, path, i);
            entries[i] = new ExternalCauseEntry(
                path.ToArray(), reader.ReadString(), BinaryCache.ReadNullable(reader), BinaryCache.ReadNullable(reader), BinaryCache.ReadNullable(reader), BinaryCache.ReadNullable(reader));
        }

        return new ExternalCauseIndex(entries);
    }
}
