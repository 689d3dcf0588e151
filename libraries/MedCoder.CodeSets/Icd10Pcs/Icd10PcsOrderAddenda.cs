using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Pcs;

/// <summary>
/// The CMS order addenda (order_addenda_YYYY.txt): what changed versus the previous fiscal year. Layout: label in
/// columns 1-13 ("Add:", "Delete:", or a "Revise from:" / "Revise to:" pair), code 14-20, short title 22-81,
/// long title 83+. The entries end at the first blank line; CMS's count summary after it is not data.
/// </summary>
public sealed class Icd10PcsOrderAddenda : ICacheable
{
    private const string CacheTag = "ICD10PCS-ADDENDA/1";
    private const int CacheVersion = 1;
    private const int MinimumLength = 83;

    public Icd10PcsOrderAddenda(IReadOnlyList<PcsAddendaEntry> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<PcsAddendaEntry> Entries { get; }

    public IEnumerable<PcsAddendaEntry> Added => Entries.Where(e => e.Action == PcsAddendaAction.Add);

    public IEnumerable<PcsAddendaEntry> Deleted => Entries.Where(e => e.Action == PcsAddendaAction.Delete);

    public IEnumerable<PcsAddendaEntry> Revised => Entries.Where(e => e.Action == PcsAddendaAction.Revise);

    public static Icd10PcsOrderAddenda Load(string path)
    {
        var entries = new List<PcsAddendaEntry>();
        (int Line, string Code, string Short, string Long)? reviseFrom = null;
        foreach (var (number, text) in DataFile.Lines(path))
        {
            if (text.Length == 0)
            {
                if (entries.Count > 0 || reviseFrom is not null)
                {
                    break;
                }

                continue;
            }

            var (label, code, shortTitle, longTitle) = Split(text, path, number);
            if (reviseFrom is { } open && label != "Revise to:")
            {
                throw new CodeSetFormatException(path, open.Line, $"'Revise from:' for {open.Code} is not followed by 'Revise to:'");
            }

            switch (label)
            {
                case "Add:":
                    entries.Add(new PcsAddendaEntry(PcsAddendaAction.Add, code, shortTitle, longTitle));
                    break;
                case "Delete:":
                    entries.Add(new PcsAddendaEntry(PcsAddendaAction.Delete, code, shortTitle, longTitle));
                    break;
                case "Revise from:":
                    reviseFrom = (number, code, shortTitle, longTitle);
                    break;
                case "Revise to:" when reviseFrom is { } from && from.Code == code:
                    entries.Add(new PcsAddendaEntry(PcsAddendaAction.Revise, code, shortTitle, longTitle, from.Short, from.Long));
                    reviseFrom = null;
                    break;
                case "Revise to:":
                    throw new CodeSetFormatException(path, number, $"'Revise to:' for {code} does not follow a 'Revise from:' for the same code");
                default:
                    throw new CodeSetFormatException(path, number, $"unknown action '{label}' (expected Add:, Delete:, Revise from:, Revise to:)");
            }
        }

        if (reviseFrom is { } unfinished)
        {
            throw new CodeSetFormatException(path, unfinished.Line, $"'Revise from:' for {unfinished.Code} is not followed by 'Revise to:'");
        }

        return new Icd10PcsOrderAddenda(entries);
    }

    private static (string Label, string Code, string Short, string Long) Split(string line, string path, int number)
    {
        var code = line.Length >= MinimumLength ? line.Substring(13, 7).TrimEnd() : string.Empty;
        if (line.Length < MinimumLength || line[20] != ' ' || (code.Length != 3 && code.Length != 7) || !code.All(PcsSections.IsPcsCharacter))
        {
            throw new CodeSetFormatException(path, number, "not an ICD-10-PCS addenda record (action in columns 1-13, code in 14-20, short title 22-81, long title 83+)");
        }

        return (line[..13].TrimEnd(), code, line.Substring(21, 60).Trim(), line[82..].Trim());
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Entries.Count);
        foreach (var entry in Entries)
        {
            writer.Write((byte)entry.Action);
            writer.Write(entry.Code);
            writer.Write(entry.ShortDescription);
            writer.Write(entry.LongDescription);
            writer.Write(entry.PreviousShortDescription is not null);
            if (entry.PreviousShortDescription is not null)
            {
                writer.Write(entry.PreviousShortDescription);
                writer.Write(entry.PreviousLongDescription ?? string.Empty);
            }
        }
    }

    public static Icd10PcsOrderAddenda Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var entries = new PcsAddendaEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            var action = (PcsAddendaAction)reader.ReadByte();
            var code = reader.ReadString();
            var shortTitle = reader.ReadString();
            var longTitle = reader.ReadString();
            entries[i] = reader.ReadBoolean()
                ? new PcsAddendaEntry(action, code, shortTitle, longTitle, reader.ReadString(), reader.ReadString())
                : new PcsAddendaEntry(action, code, shortTitle, longTitle);
        }

        return new Icd10PcsOrderAddenda(entries);
    }
}
