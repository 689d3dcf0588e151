using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Lines;
using MedCoder.ComplianceEdit.Edits.Ptp;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Modifiers;

/// <summary>
/// Line modifiers: at most four per line, each listed once; a two-letter modifier exists in the HCPCS release and is
/// valid on the date of service; a two-digit one is a CPT modifier number; and it fits the code: 25 only on an E/M
/// service, an anatomical modifier not beside 50 (bilateral).
/// </summary>
public sealed class ModifierEdit : ICodingEdit
{
    public const string TooMany = "MOD-TOO-MANY";
    public const string Unknown = "MOD-INVALID";
    public const string Duplicate = "MOD-DUPLICATE";
    public const string NotForCode = "MOD-NOT-FOR-CODE";

    private const int MaxPerLine = 4;

    /// <summary>CPT modifier numbers (numbers only; their descriptors are the AMA's).</summary>
    private static readonly HashSet<string> CptModifiers = new(
        ["22", "23", "24", "25", "26", "27", "32", "33", "47", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "62", "63", "66", "73", "74", "76", "77", "78", "79", "80", "81", "82", "90", "91", "92", "93", "95", "96", "97", "99"],
        StringComparer.Ordinal);

    public string Family => "MOD";

    public string RuleSource => "HCPCS modifiers";

    public string SourceVersion(EditContext context) => (ClaimShape.SourceOf(context, SourceKind.Hcpcs, "HCPCS") ?? "HCPCS (not loaded)") + " modifiers";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var hcpcs = context.CodeSets.Table<HcpcsRelease>(SourceKind.Hcpcs);
        var dos = context.Encounter.ServiceStart;
        var source = SourceVersion(context);
        foreach (var line in context.Lines)
        {
            var modifiers = line.Modifiers.Select(LineCodes.Normalize).ToList();
            if (modifiers.Count > MaxPerLine)
            {
                yield return Finding(TooMany, EditSeverity.Error, line.Code, $"Line {line.Number} carries {modifiers.Count} modifiers; a claim line holds {MaxPerLine}.", line.Number, source);
            }

            foreach (var twice in modifiers.GroupBy(m => m, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                yield return Finding(Duplicate, EditSeverity.Warning, line.Code, $"Modifier {twice.Key} is listed twice on line {line.Number}.", line.Number, source);
            }

            foreach (var modifier in modifiers.Distinct(StringComparer.Ordinal))
            {
                var known = modifier.Length == 2 && (modifier.All(char.IsAsciiDigit)
                    ? CptModifiers.Contains(modifier)
                    : hcpcs is null || hcpcs.FindModifier(modifier)?.IsValidOn(dos) == true);
                if (!known)
                {
                    yield return Finding(Unknown, EditSeverity.Error, line.Code, $"Modifier '{modifier}' on line {line.Number} is not a CPT or HCPCS modifier valid on the date of service.", line.Number, source);
                }
            }

            if (modifiers.Contains("25") && EvaluationManagementFamily.Of(LineCodes.Normalize(line.Code)) is null)
            {
                yield return Finding(NotForCode, EditSeverity.Warning, line.Code, $"Modifier 25 marks a separate E/M service, but {line.Code} on line {line.Number} is not an E/M code.", line.Number, source);
            }

            if (modifiers.Contains("50") && modifiers.Exists(NcciModifiers.IsAnatomical))
            {
                yield return Finding(NotForCode, EditSeverity.Warning, line.Code, $"Line {line.Number} is billed bilateral (50) and for one side at once.", line.Number, source);
            }
        }
    }

    private static EditFinding Finding(string editId, EditSeverity severity, string code, string explanation, int line, string source) =>
        new(editId, severity, code, explanation, source, [code], [line]);
}
