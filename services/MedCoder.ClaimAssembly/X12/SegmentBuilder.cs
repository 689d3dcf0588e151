using System.Globalization;
using System.Text;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// Collects segments: each element is checked (<see cref="X12Delimiters.IsAllowed"/>), trailing empty elements and
/// components are left out as X12 requires, and the segments are counted for SE01.
/// </summary>
internal sealed class SegmentBuilder
{
    /// <summary>Minimum and maximum lengths of the free-text and id elements MedCoder fills from data (the guides' element attributes).</summary>
    private static readonly Dictionary<string, (int Min, int Max)> Lengths = new(StringComparer.Ordinal)
    {
        ["BHT03"] = (1, 50), ["PER02"] = (1, 60), ["PER04"] = (1, 256), ["REF02"] = (1, 50), ["CLM01"] = (1, 38),
        ["NM103"] = (1, 60), ["NM104"] = (1, 35), ["NM105"] = (1, 25), ["NM109"] = (2, 80),
        ["N301"] = (1, 55), ["N302"] = (1, 55), ["N401"] = (2, 30), ["N402"] = (2, 2), ["N403"] = (3, 15),
    };

    private readonly StringBuilder _text = new();

    public int Count { get; private set; }

    /// <summary>A composite element (CLM05, SV101, HI01): its components joined by the component separator.</summary>
    public sealed record Composite(params string?[] Components);

    /// <summary>Adds a segment; elements are strings, <see cref="Composite"/>s or null (empty).</summary>
    public void Add(string id, params object?[] elements)
    {
        var last = elements.Length - 1;
        while (last >= 0 && IsEmpty(elements[last]))
        {
            last--;
        }

        _text.Append(id);
        for (var i = 0; i <= last; i++)
        {
            var name = id + (i + 1).ToString("D2", CultureInfo.InvariantCulture);
            _text.Append(X12Delimiters.Element);
            switch (elements[i])
            {
                case Composite composite:
                    var parts = composite.Components;
                    var lastPart = parts.Length - 1;
                    while (lastPart >= 0 && string.IsNullOrEmpty(parts[lastPart]))
                    {
                        lastPart--;
                    }

                    for (var p = 0; p <= lastPart; p++)
                    {
                        if (p > 0)
                        {
                            _text.Append(X12Delimiters.Component);
                        }

                        _text.Append(Checked(parts[p], name + "-" + (p + 1).ToString(CultureInfo.InvariantCulture)));
                    }

                    break;
                case string text:
                    _text.Append(Checked(text, name));
                    if (Lengths.TryGetValue(name, out var length) && (text.Length < length.Min || text.Length > length.Max))
                    {
                        throw new X12ContentException(name, $"must hold {length.Min} to {length.Max} characters");
                    }

                    break;
            }
        }

        _text.Append(X12Delimiters.Segment).Append('\n');
        Count++;
    }

    /// <summary>Appends text verbatim (the fixed-width ISA, already checked).</summary>
    public void AddRaw(string segment)
    {
        _text.Append(segment).Append(X12Delimiters.Segment).Append('\n');
        Count++;
    }

    public void ResetCount() => Count = 0;

    public override string ToString() => _text.ToString();

    public static string Checked(string? value, string element)
    {
        if (value is null)
        {
            return "";
        }

        foreach (var c in value)
        {
            if (!X12Delimiters.IsAllowed(c))
            {
                throw new X12ContentException(element, c > '~' ? "holds a character outside ASCII" : "holds an X12 delimiter or control character");
            }
        }

        return value;
    }

    private static bool IsEmpty(object? element) => element switch
    {
        null => true,
        string s => s.Length == 0,
        Composite c => c.Components.All(string.IsNullOrEmpty),
        _ => false,
    };
}
