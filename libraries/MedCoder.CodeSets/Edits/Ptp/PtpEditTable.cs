using System.Runtime.InteropServices;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits.Ptp;

/// <summary>
/// One NCCI procedure-to-procedure table (practitioner or outpatient hospital) of one quarter, read from the derived
/// TSV or from CMS's quarterly TXT files (<see cref="PtpFileReader"/>). Held as sorted flat arrays (a pair of codes
/// packed in one long): the practitioner table has 1.7 million active pairs, looked up a few times per claim.
/// </summary>
public sealed class PtpEditTable : ICacheable
{
    private const string CacheTag = "NCCI-PTP/1";
    private const int CacheVersion = 2;
    private const int NoDate = int.MinValue;

    private readonly long[] _pairs;
    private readonly byte[] _indicators;
    private readonly byte[] _rationales;
    // Null when no row has the date (the derived tables have no effective dates and only active rows): 24 MB less over both.
    private readonly int[]? _effective;
    private readonly int[]? _deleted;
    private readonly string[] _rationaleTexts;

    internal PtpEditTable(long[] pairs, byte[] indicators, byte[] rationales, int[]? effective, int[]? deleted, string[] rationaleTexts)
    {
        (_pairs, _indicators, _rationales, _effective, _deleted, _rationaleTexts) = (pairs, indicators, rationales, effective, deleted, rationaleTexts);
    }

    /// <summary>Rows held (a pair may have an older deleted row beside its active one).</summary>
    public int Count => _pairs.Length;

    public int CountOf(PtpModifierIndicator indicator) => _indicators.Count(i => i == (byte)indicator);

    /// <summary>The edit with column 1 = <paramref name="column1"/> and column 2 = <paramref name="column2"/> in force on the date; null when none.</summary>
    public PtpEdit? Find(string column1, string column2, DateOnly dateOfService)
    {
        if (!PtpCodeKey.TryPack(column1.AsSpan().Trim(), out var first) || !PtpCodeKey.TryPack(column2.AsSpan().Trim(), out var second))
        {
            return null;
        }

        var key = PtpCodeKey.Pair(first, second);
        var index = Array.BinarySearch(_pairs, key);
        if (index < 0)
        {
            return null;
        }

        while (index > 0 && _pairs[index - 1] == key)
        {
            index--;
        }

        for (; index < _pairs.Length && _pairs[index] == key; index++)
        {
            var edit = Row(index);
            if (edit.IsActiveOn(dateOfService))
            {
                return edit;
            }
        }

        return null;
    }

    /// <summary>Every row, in pair order.</summary>
    public IEnumerable<PtpEdit> Rows()
    {
        for (var i = 0; i < _pairs.Length; i++)
        {
            yield return Row(i);
        }
    }

    private PtpEdit Row(int index)
    {
        var (first, second) = PtpCodeKey.Split(_pairs[index]);
        return new PtpEdit(
            PtpCodeKey.Unpack(first), PtpCodeKey.Unpack(second), DateOf(_effective?[index] ?? NoDate), DateOf(_deleted?[index] ?? NoDate),
            (PtpModifierIndicator)_indicators[index], _rationaleTexts[_rationales[index]]);
    }

    private static DateOnly? DateOf(int dayNumber) => dayNumber == NoDate ? null : DateOnly.FromDayNumber(dayNumber);

    internal static int DayNumberOf(DateOnly? date) => date?.DayNumber ?? NoDate;

    /// <summary>The day numbers, or null when no row has a date.</summary>
    internal static int[]? DatesOrNull(int[] dayNumbers) => Array.TrueForAll(dayNumbers, d => d == NoDate) ? null : dayNumbers;

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(_rationaleTexts.Length);
        foreach (var text in _rationaleTexts)
        {
            writer.Write(text);
        }

        writer.Write(_pairs.Length);
        writer.Write(MemoryMarshal.AsBytes(_pairs.AsSpan()));
        writer.Write(_indicators);
        writer.Write(_rationales);
        WriteDates(writer, _effective);
        WriteDates(writer, _deleted);
    }

    public static PtpEditTable Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var texts = new string[reader.ReadInt32()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        var (pairs, indicators, rationales) = (new long[count], new byte[count], new byte[count]);
        ReadExactly(reader, MemoryMarshal.AsBytes(pairs.AsSpan()));
        ReadExactly(reader, indicators);
        ReadExactly(reader, rationales);
        return new PtpEditTable(pairs, indicators, rationales, ReadDates(reader, count), ReadDates(reader, count), texts);
    }

    private static void WriteDates(BinaryWriter writer, int[]? dates)
    {
        writer.Write(dates is not null);
        if (dates is not null)
        {
            writer.Write(MemoryMarshal.AsBytes(dates.AsSpan()));
        }
    }

    private static int[]? ReadDates(BinaryReader reader, int count)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var dates = new int[count];
        ReadExactly(reader, MemoryMarshal.AsBytes(dates.AsSpan()));
        return dates;
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var read = reader.Read(buffer);
            if (read == 0)
            {
                throw new EndOfStreamException("The code-set cache ends inside an NCCI PTP table");
            }

            buffer = buffer[read..];
        }
    }
}
