using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Hcpcs;

/// <summary>One quarterly CMS HCPCS Level II release: codes (active and terminated) and Level II modifiers.</summary>
public sealed class HcpcsRelease : ICacheable
{
    private const string CacheTag = "HCPCS-ANWEB/1";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, HcpcsCode> _codes;
    private readonly FrozenDictionary<string, HcpcsModifier> _modifiers;

    public HcpcsRelease(IReadOnlyList<HcpcsCode> codes, IReadOnlyList<HcpcsModifier> modifiers)
    {
        Codes = codes;
        Modifiers = modifiers;
        _codes = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _modifiers = modifiers.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);
    }

    /// <summary>Every code in the file, including terminated ones (kept for dates of service before termination).</summary>
    public IReadOnlyList<HcpcsCode> Codes { get; }

    public IReadOnlyList<HcpcsModifier> Modifiers { get; }

    public static HcpcsRelease Load(string path)
    {
        var (codes, modifiers) = HcpcsFileReader.Read(path);
        return new HcpcsRelease(codes, modifiers);
    }

    public HcpcsCode? Find(string code) => _codes.GetValueOrDefault(Normalize(code));

    public HcpcsModifier? FindModifier(string modifier) => _modifiers.GetValueOrDefault(Normalize(modifier));

    /// <summary>The code exists in this release, was added on or before the date and not terminated before it.</summary>
    public bool IsValidOn(string code, DateOnly dateOfService) => Find(code)?.IsValidOn(dateOfService) ?? false;

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Codes.Count);
        foreach (var c in Codes)
        {
            writer.Write(c.Code);
            writer.Write(c.LongDescription);
            writer.Write(c.ShortDescription);
            WriteList(writer, c.PricingIndicators);
            writer.Write(c.MultiplePricingIndicator);
            writer.Write(c.CoverageCode);
            writer.Write(c.Betos);
            WriteList(writer, c.TypesOfService);
            WriteDates(writer, c.AddDate, c.ActionEffectiveDate, c.TerminationDate);
            writer.Write(c.ActionCode);
            var o = c.Other;
            WriteList(writer, o.CoverageIssuesManual);
            WriteList(writer, o.MedicareCarriersManual);
            writer.Write(o.Statute);
            WriteList(writer, o.LabCertifications);
            WriteList(writer, o.CrossReferences);
            foreach (var value in (string[])[o.AscGroup, o.AscDate, o.Opps, o.OppsPaymentIndicator, o.OppsDate, o.ProcessingNote, o.AnesthesiaBaseUnits])
            {
                writer.Write(value);
            }
        }

        writer.Write(Modifiers.Count);
        foreach (var m in Modifiers)
        {
            writer.Write(m.Code);
            writer.Write(m.LongDescription);
            writer.Write(m.ShortDescription);
            writer.Write(m.CoverageCode);
            WriteDates(writer, m.AddDate, m.ActionEffectiveDate, m.TerminationDate);
            writer.Write(m.ActionCode);
        }
    }

    public static HcpcsRelease Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var codes = new HcpcsCode[reader.ReadInt32()];
        for (var i = 0; i < codes.Length; i++)
        {
            var (code, longDescription, shortDescription) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
            var pricing = ReadList(reader);
            var (multiplePricing, coverage, betos) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
            var typesOfService = ReadList(reader);
            var (added, actionEffective, terminated) = (ReadDate(reader), ReadDate(reader), ReadDate(reader));
            var action = reader.ReadString();
            var other = new HcpcsOtherFields(
                ReadList(reader), ReadList(reader), reader.ReadString(), ReadList(reader), ReadList(reader),
                reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
            codes[i] = new HcpcsCode(code, longDescription, shortDescription, pricing, multiplePricing, coverage, betos, typesOfService, added, actionEffective, terminated, action, other);
        }

        var modifiers = new HcpcsModifier[reader.ReadInt32()];
        for (var i = 0; i < modifiers.Length; i++)
        {
            modifiers[i] = new HcpcsModifier(
                reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
                ReadDate(reader), ReadDate(reader), ReadDate(reader), reader.ReadString());
        }

        return new HcpcsRelease(codes, modifiers);
    }

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write((byte)values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var values = new string[reader.ReadByte()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    // A missing date is written as -1 (DayNumber is never negative).
    private static void WriteDates(BinaryWriter writer, params ReadOnlySpan<DateOnly?> dates)
    {
        foreach (var date in dates)
        {
            writer.Write(date?.DayNumber ?? -1);
        }
    }

    private static DateOnly? ReadDate(BinaryReader reader) => reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;
}
