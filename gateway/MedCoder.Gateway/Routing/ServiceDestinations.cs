namespace MedCoder.Gateway.Routing;

/// <summary>Where each service listens, from MEDCODER_{SERVICE}_URL (defaults: the ports of the README's "each service alone").</summary>
public sealed record ServiceDestinations(Uri Intake, Uri CodeSuggestion, Uri ComplianceEdit, Uri ClaimAssembly)
{
    public static ServiceDestinations FromEnvironment(Func<string, string?> getVariable) => new(
        Read(getVariable, "MEDCODER_INTAKE_URL", "http://127.0.0.1:5101"),
        Read(getVariable, "MEDCODER_CODESUGGESTION_URL", "http://127.0.0.1:5102"),
        Read(getVariable, "MEDCODER_COMPLIANCEEDIT_URL", "http://127.0.0.1:5103"),
        Read(getVariable, "MEDCODER_CLAIMASSEMBLY_URL", "http://127.0.0.1:5104"));

    public IReadOnlyDictionary<string, Uri> ByService => new Dictionary<string, Uri>
    {
        ["intake"] = Intake,
        ["code-suggestion"] = CodeSuggestion,
        ["compliance-edit"] = ComplianceEdit,
        ["claim-assembly"] = ClaimAssembly,
    };

    private static Uri Read(Func<string, string?> getVariable, string name, string fallback)
    {
        var value = getVariable(name) is { Length: > 0 } configured ? configured : fallback;
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new FormatException($"{name} is not an absolute URL");
    }
}
