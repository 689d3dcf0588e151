using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Lines;

/// <summary>
/// Reconciles the hospital's charges with the services the documentation supports (suggested HCPCS/CPT codes), the
/// way a coder does: charges are kept with their amounts; a documented code that matches a charge sets its units;
/// an E/M charged at another level of the same family is kept and flagged; a documented service with no charge is
/// listed as unbilled, not priced. Pure and deterministic: charge order and suggestion order are kept.
/// </summary>
public static class ChargeReconciler
{
    public static ServiceLines Reconcile(IReadOnlyList<Charge> charges, IReadOnlyList<SuggestedCode> suggestions)
    {
        var lines = charges.Select((c, i) => new ServiceLine(i + 1, c.Code, c.Modifiers, c.Units, c.Amount, null)).ToArray();
        var unbilled = new List<UnbilledService>();
        var services = suggestions
            .Where(s => s.System is CodeSystems.Hcpcs or CodeSystems.Cpt)
            .DistinctBy(s => s.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var service in services)
        {
            var same = Unreviewed(lines, l => SameCode(l.Code, service.Code));
            if (same.Count > 0)
            {
                MatchUnits(lines, same, service);
            }
            else if (EvaluationManagementFamily.Of(service.Code) is { } family
                && Unreviewed(lines, l => EvaluationManagementFamily.Of(l.Code.Trim()) == family) is [var other, ..])
            {
                lines[other] = lines[other] with { Reconciliation = new(ReconciliationOutcome.LevelMismatch, service.Code) };
            }
            else
            {
                unbilled.Add(new UnbilledService(service.System, service.Code, service.Description, service.Units, UnbilledService.NoChargeCaptured));
            }
        }

        return new ServiceLines(lines, unbilled);
    }

    /// <summary>Documented units (where the code counts them) decide the line's units; without them the charge is supported as it is.</summary>
    private static void MatchUnits(ServiceLine[] lines, List<int> matching, SuggestedCode service)
    {
        var charged = matching.Sum(i => lines[i].Units);
        foreach (var i in matching)
        {
            var line = lines[i];
            lines[i] = service.Units is not { } documented || documented == charged
                ? line with { Reconciliation = new(ReconciliationOutcome.Supported, service.Code) }
                : matching.Count == 1
                    ? line with { Units = documented, Reconciliation = new(ReconciliationOutcome.UnitsAdjusted, service.Code, line.Units, documented) }
                    : line with { Reconciliation = new(ReconciliationOutcome.UnitsDiffer, service.Code, DocumentedUnits: documented) };
        }
    }

    private static List<int> Unreviewed(ServiceLine[] lines, Func<ServiceLine, bool> matches) =>
        [.. Enumerable.Range(0, lines.Length).Where(i => lines[i].Reconciliation is null && matches(lines[i]))];

    private static bool SameCode(string charged, string documented) =>
        string.Equals(charged.Trim(), documented, StringComparison.OrdinalIgnoreCase);
}
