using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Training.Evaluation;

/// <summary>A gold code's mention in the Spanish original: the words the annotator marked and where they start.</summary>
public sealed record GoldMention(string Document, string System, string Code, string Reference, int Start);

/// <summary>
/// The CodiEsp-X format: <c>document&lt;TAB&gt;label&lt;TAB&gt;code&lt;TAB&gt;text-reference&lt;TAB&gt;start end[;start end]</c>,
/// label DIAGNOSTICO (ICD-10-CM) or PROCEDIMIENTO (ICD-10-PCS); offsets are into the Spanish text, which is not shipped.
/// </summary>
public static class GoldMentionTsv
{
    /// <exception cref="InvalidDataException">A line has not five fields, an unknown label or a bad offset.</exception>
    public static IReadOnlyList<GoldMention> Parse(TextReader reader, string source)
    {
        var mentions = new List<GoldMention>();
        foreach (var (lineNumber, fields) in TsvRows.Read(reader))
        {
            var system = fields.Length == 5 ? fields[1] switch { "DIAGNOSTICO" => CodeSystems.Icd10Cm, "PROCEDIMIENTO" => CodeSystems.Icd10Pcs, _ => null } : null;
            var offset = fields.Length == 5 ? fields[4].Split(' ', ';')[0] : string.Empty;
            if (system is null || !int.TryParse(offset, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected document<TAB>DIAGNOSTICO|PROCEDIMIENTO<TAB>code<TAB>reference<TAB>start end");
            }

            mentions.Add(new GoldMention(fields[0].Trim(), system, fields[2].Trim().ToLowerInvariant(), fields[3], start));
        }

        return mentions;
    }
}
