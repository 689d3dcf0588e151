using System.Collections.Frozen;

namespace MedCoder.CodeSets.Icd10Pcs;

/// <summary>
/// Section names and the meaning of the 7 character positions per section, from the ICD-10-PCS conventions
/// (the axis titles of the CMS code tables). The order file does not carry them, and they change only when
/// CMS adds a section, so a small fixed table is the honest source.
/// </summary>
public static class PcsSections
{
    private static readonly FrozenDictionary<char, (string Name, string[] Axes)> BySection = new Dictionary<char, (string, string[])>
    {
        ['0'] = ("Medical and Surgical", Operation("Body Part", "Approach", "Device", "Qualifier")),
        ['1'] = ("Obstetrics", Operation("Body Part", "Approach", "Device", "Qualifier")),
        ['2'] = ("Placement", Operation("Body Region", "Approach", "Device", "Qualifier")),
        ['3'] = ("Administration", Operation("Body System / Region", "Approach", "Substance", "Qualifier")),
        ['4'] = ("Measurement and Monitoring", Operation("Body System", "Approach", "Function / Device", "Qualifier")),
        ['5'] = ("Extracorporeal or Systemic Assistance and Performance", Operation("Body System", "Duration", "Function", "Qualifier")),
        ['6'] = ("Extracorporeal or Systemic Therapies", Operation("Body System", "Duration", "Qualifier", "Qualifier")),
        ['7'] = ("Osteopathic", Operation("Body Region", "Approach", "Method", "Qualifier")),
        ['8'] = ("Other Procedures", Operation("Body Region", "Approach", "Method", "Qualifier")),
        ['9'] = ("Chiropractic", Operation("Body Region", "Approach", "Method", "Qualifier")),
        ['B'] = ("Imaging", ["Section", "Body System", "Root Type", "Body Part", "Contrast", "Qualifier", "Qualifier"]),
        ['C'] = ("Nuclear Medicine", ["Section", "Body System", "Root Type", "Body Part", "Radionuclide", "Qualifier", "Qualifier"]),
        ['D'] = ("Radiation Therapy", ["Section", "Body System", "Modality", "Treatment Site", "Modality Qualifier", "Isotope", "Qualifier"]),
        ['F'] = ("Physical Rehabilitation and Diagnostic Audiology", ["Section", "Section Qualifier", "Type", "Body System / Region", "Type Qualifier", "Equipment", "Qualifier"]),
        ['G'] = ("Mental Health", ["Section", "Body System", "Type", "Qualifier", "Qualifier", "Qualifier", "Qualifier"]),
        ['H'] = ("Substance Abuse Treatment", ["Section", "Body System", "Type", "Qualifier", "Qualifier", "Qualifier", "Qualifier"]),
        ['X'] = ("New Technology", Operation("Body Part", "Approach", "Device / Substance / Technology", "Qualifier")),
    }.ToFrozenDictionary();

    public static IReadOnlyCollection<char> All => BySection.Keys;

    public static string? NameOf(char section) => BySection.TryGetValue(section, out var s) ? s.Name : null;

    /// <summary>The 7 axis names of a section, or null for a character that is not a PCS section.</summary>
    public static IReadOnlyList<string>? AxisNamesOf(char section) => BySection.TryGetValue(section, out var s) ? s.Axes : null;

    /// <summary>
    /// Splits a code into named axes. Purely syntactic: it needs 7 characters from the PCS alphabet (digits and
    /// letters except I and O) and a known section, not a code that exists in a release.
    /// </summary>
    public static IReadOnlyList<PcsAxis>? Split(string code)
    {
        if (code.Length != 7 || !code.All(IsPcsCharacter) || AxisNamesOf(code[0]) is not { } names)
        {
            return null;
        }

        var axes = new PcsAxis[7];
        for (var i = 0; i < 7; i++)
        {
            axes[i] = new PcsAxis(i + 1, names[i], code[i]);
        }

        return axes;
    }

    internal static bool IsPcsCharacter(char c) => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c != 'I' && c != 'O');

    private static string[] Operation(string axis4, string axis5, string axis6, string axis7) =>
        ["Section", "Body System", "Root Operation", axis4, axis5, axis6, axis7];
}
