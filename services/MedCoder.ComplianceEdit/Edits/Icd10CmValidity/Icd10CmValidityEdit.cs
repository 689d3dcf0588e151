using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Icd10CmValidity;

/// <summary>
/// ICD-10-CM validity: at least one diagnosis is coded; every diagnosis is listed once and exists and is billable in
/// the snapshot's release, with the 7th character its category requires (and placeholder X where the code is
/// shorter); the date of service is not in the future. A date outside every loaded release is the CODESET family's.
/// </summary>
public sealed class Icd10CmValidityEdit(TimeProvider clock) : ICodingEdit
{
    public const string NoDiagnosis = "DX-NONE";
    public const string InvalidCode = "DX-INVALID";
    public const string HeaderCode = "DX-NOT-BILLABLE";
    public const string DuplicateCode = "DX-DUPLICATE";
    public const string SeventhCharacterMissing = "DX-7TH-CHARACTER";
    public const string PlaceholderMissing = "DX-PLACEHOLDER";
    public const string FutureDate = "DX-DOS-FUTURE";

    public string Family => "DX";

    public string RuleSource => CodeSystems.Icd10Cm;

    public string SourceVersion(EditContext context) => context.CodeSets.Icd10Cm.Release.Codes.Version;

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var edition = context.CodeSets.Icd10Cm.Release;
        var release = edition.Codes;
        var source = SourceVersion(context);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (context.Encounter.ServiceEnd > today)
        {
            yield return new EditFinding(FutureDate, EditSeverity.Error, string.Empty, "The date of service is in the future: a claim bills services already given.", source);
        }

        var diagnoses = context.CodesOf(CodeSystems.Icd10Cm).ToList();
        if (diagnoses.Count == 0)
        {
            yield return new EditFinding(NoDiagnosis, EditSeverity.Error, string.Empty, "A claim needs at least one ICD-10-CM diagnosis.", source);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnosis in diagnoses)
        {
            if (!seen.Add(diagnosis.Code))
            {
                yield return new EditFinding(DuplicateCode, EditSeverity.Warning, diagnosis.Code, "The same diagnosis is listed twice.", source, [diagnosis.Code]);
                continue;
            }

            var found = release.Find(diagnosis.Code);
            if (found is { Billable: true })
            {
                continue;
            }

            if (SeventhCharacters.Check(diagnosis.Code, release, edition.Notes) is { } seventh)
            {
                yield return new EditFinding(seventh.Placeholder ? PlaceholderMissing : SeventhCharacterMissing, EditSeverity.Error, diagnosis.Code, seventh.Explanation, source, [diagnosis.Code]);
                continue;
            }

            yield return found is null
                ? new EditFinding(InvalidCode, EditSeverity.Error, diagnosis.Code, $"Not a code of {source} (in force on the date of service).", source, [diagnosis.Code])
                : new EditFinding(HeaderCode, EditSeverity.Error, diagnosis.Code, "A category header, not a billable code: a more specific code is required.", source, [diagnosis.Code]);
        }
    }
}

/// <summary>
/// The 7th-character rule of the Tabular List: a category that defines 7th characters (S52, T14...) needs one on
/// every code, in position 7, with placeholder X filling a code shorter than six characters.
/// </summary>
internal static class SeventhCharacters
{
    public sealed record Problem(bool Placeholder, string Explanation);

    /// <summary>Why a code that is not billable breaks the 7th-character rule; null when the rule is not what is wrong.</summary>
    public static Problem? Check(string code, Icd10CmRelease release, TabularNotes? notes)
    {
        var bare = Icd10CmFormat.WithoutDot(code);
        if (notes?.SeventhCharactersFor(bare) is not { } definitions || bare.Length < 3)
        {
            return null;
        }

        var allowed = string.Join(", ", definitions.Characters.Select(c => c.Character));
        if (bare.Length < 7)
        {
            // A 7th character typed straight after a short code: T14.90A for T14.90XA.
            var last = bare[^1];
            if (definitions.For(last) is not null && release.Find(bare[..^1].PadRight(6, 'X') + last) is { Billable: true } padded)
            {
                return new Problem(true, $"Placeholder X missing: the 7th character goes in position 7 ({padded.Dotted}).");
            }

            return new Problem(false, $"A 7th character is required under {Icd10CmFormat.WithDot(definitions.DefinedAt)} ({allowed}).");
        }

        return definitions.For(bare[6]) is null
            ? new Problem(false, $"'{bare[6]}' is not a 7th character defined under {Icd10CmFormat.WithDot(definitions.DefinedAt)} ({allowed}).")
            : null;
    }
}
