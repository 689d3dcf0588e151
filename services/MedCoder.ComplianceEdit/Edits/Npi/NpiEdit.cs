using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits.Npi;

/// <summary>The billing and rendering NPIs have ten digits and a valid check digit (Intake refuses others; older stored messages and the CLI need the check here).</summary>
public sealed class NpiEdit : ICodingEdit
{
    public const string CheckDigit = "NPI-INVALID";

    public string Family => "NPI";

    public string RuleSource => "CMS NPI standard";

    public string SourceVersion(EditContext context) => "NPI check digit (Luhn, prefix 80840)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        // The NPI itself is an identifier, not PHI, but a finding names only which provider's NPI is wrong.
        if (!Contracts.Encounters.Npi.IsValid(context.Encounter.BillingProviderNpi))
        {
            yield return new EditFinding(CheckDigit, EditSeverity.Error, string.Empty, "The billing provider's NPI is not ten digits with a valid check digit.", SourceVersion(context));
        }

        if (!Contracts.Encounters.Npi.IsValid(context.Encounter.RenderingProviderNpi))
        {
            yield return new EditFinding(CheckDigit, EditSeverity.Error, string.Empty, "The rendering provider's NPI is not ten digits with a valid check digit.", SourceVersion(context));
        }
    }
}
