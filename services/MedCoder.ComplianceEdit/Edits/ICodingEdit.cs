using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits;

/// <summary>
/// One family of compliance edits, the plug-in point of this service (docs/architecture.md#edits): it checks
/// one encounter's codes against one rule source and reports findings whose ids start with its family.
/// Registered with <c>services.AddCodingEdit&lt;T&gt;()</c>; <see cref="EditRunner"/> runs every registered family.
/// </summary>
public interface ICodingEdit
{
    /// <summary>The prefix of the family's edit ids ("DX" for DX-INVALID, DX-NOT-BILLABLE...); one edit per family.</summary>
    string Family { get; }

    /// <summary>The rule source the family checks against ("ICD-10-CM", "MCE", "NCCI MUE"...).</summary>
    string RuleSource { get; }

    /// <summary>The version of the rule source used for this encounter, taken from the context's snapshot; each finding's Source.</summary>
    string SourceVersion(EditContext context);

    /// <summary>The findings for one encounter, in an order of the family's own that is the same on every run.</summary>
    IEnumerable<EditFinding> Run(EditContext context);
}
