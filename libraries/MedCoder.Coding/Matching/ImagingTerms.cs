using MedCoder.CodeSets.Icd10Pcs;

namespace MedCoder.Coding.Matching;

/// <summary>
/// ICD-10-PCS imaging (section B) as dictionary phrases: each body-part value of an imaging table, read from its
/// codes' titles ("Ultrasonography of Right Kidney"), with the words a note uses for the modality ("renal
/// ultrasound", "CT of the abdomen", "chest X-ray"). The code is the table row's only valid code when it has one;
/// otherwise, where partial codes may be indexed, the 4-character row (contrast is seldom documented) and else none.
/// </summary>
public static class ImagingTerms
{
    private const char ImagingSection = 'B';

    /// <summary>The modality (3rd character of an imaging code) and the words notes write for it.</summary>
    private static readonly Dictionary<char, string[]> Modalities = new()
    {
        ['0'] = ["x ray", "radiograph", "radiography", "rx"],
        ['1'] = ["fluoroscopy"],
        ['2'] = ["ct", "tomography", "tac"],
        ['3'] = ["mri", "magnetic resonance", "nmr"],
        ['4'] = ["ultrasound", "ultrasonography", "echography", "sonography", "ecography"],
    };

    /// <summary>Regions imaged together and the one word notes make of them ("abdominal-pelvic" reads as two words).</summary>
    private static readonly Dictionary<string, string[]> CompoundRegions = new(StringComparer.Ordinal)
    {
        ["Chest and Abdomen"] = ["thoracoabdominal", "thoraco abdominal"],
        ["Abdomen and Pelvis"] = ["abdominopelvic", "abdomino pelvic"],
        ["Chest, Abdomen and Pelvis"] = ["thoracoabdominopelvic", "thoraco abdomino pelvic"],
    };

    /// <summary>(phrase, code) pairs: one per modality wording and body part of each imaging row.</summary>
    public static IEnumerable<(string Phrase, string Code)> Of(Icd10PcsRelease pcs, bool partialCodes)
    {
        var rows = pcs.Rows
            .Where(r => r.Valid && r.Code.Length == 7 && r.Code[0] == ImagingSection && Modalities.ContainsKey(r.Code[2]))
            .GroupBy(r => r.Code[..4], StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var codes = row.ToList();
            var code = codes.Count == 1 ? codes[0].Code : partialCodes ? row.Key : null;
            if (code is null || PcsTitle.BodyPart(codes.MinBy(c => c.LongDescription.Length)!.LongDescription, " using ", ", ") is not { } bodyPart)
            {
                continue;
            }

            foreach (var modality in Modalities[row.Key[2]])
            {
                yield return ($"{modality} {bodyPart}", code);
                foreach (var compound in CompoundRegions.GetValueOrDefault(bodyPart) ?? [])
                {
                    yield return ($"{modality} {compound}", code);
                }

                // Imaging of "both kidneys" is as often written without the word ("renal ultrasound"), and so are
                // the spine of "lumbar spine" and the region of "pelvic region" ("lumbar X-ray", "pelvic MRI").
                foreach (var word in new[] { "Bilateral ", " Spine", " Region" })
                {
                    if (bodyPart.Contains(word, StringComparison.Ordinal) && bodyPart.Replace(word, " ", StringComparison.Ordinal).Trim() is { Length: > 0 } shorter)
                    {
                        yield return ($"{modality} {shorter}", code);
                    }
                }
            }
        }
    }
}
