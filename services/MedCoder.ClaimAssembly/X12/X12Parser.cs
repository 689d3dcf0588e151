using System.Globalization;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// Splits an interchange into segments using the delimiters its ISA declares (element separator at position 4,
/// component separator ISA16, segment terminator after it), and checks the envelope: IEA/GE/SE counts and
/// control numbers match their headers. Line breaks between segments are ignored.
/// </summary>
public static class X12Parser
{
    private const int IsaLength = 106;

    public static IReadOnlyList<X12Segment> Parse(string text)
    {
        text = text.TrimStart();
        if (text.Length < IsaLength || !text.StartsWith("ISA", StringComparison.Ordinal))
        {
            throw new X12FormatException("the text does not start with a 106-character ISA segment");
        }

        var element = text[3];
        var component = text[104];
        var terminator = text[105];
        var segments = text.Split(terminator)
            .Select(s => s.Trim('\r', '\n'))
            .Where(s => s.Length > 0)
            .Select(s => s.Split(element))
            .Select(parts => new X12Segment(parts[0], parts[1..], component))
            .ToList();
        CheckEnvelope(segments);
        return segments;
    }

    private static void CheckEnvelope(List<X12Segment> segments)
    {
        if (segments[^1].Id != "IEA")
        {
            throw new X12FormatException("the interchange does not end with IEA");
        }

        int groups = 0, sets = 0, setStart = -1;
        X12Segment? group = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (segment.Id)
            {
                case "GS":
                    group = segment;
                    sets = 0;
                    break;
                case "ST":
                    setStart = i;
                    break;
                case "SE":
                    if (setStart < 0 || Count(segment[1]) != i - setStart + 1 || segment[2] != segments[setStart][2])
                    {
                        throw new X12FormatException($"SE at segment {i + 1} does not match its ST (count or control number)");
                    }

                    sets++;
                    setStart = -1;
                    break;
                case "GE":
                    if (group is null || Count(segment[1]) != sets || segment[2] != group[6])
                    {
                        throw new X12FormatException($"GE at segment {i + 1} does not match its GS (count or control number)");
                    }

                    groups++;
                    group = null;
                    break;
                case "IEA":
                    if (Count(segment[1]) != groups || segment[2] != segments[0][13])
                    {
                        throw new X12FormatException("IEA does not match the ISA (group count or control number)");
                    }

                    break;
            }
        }
    }

    private static int Count(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : -1;
}
