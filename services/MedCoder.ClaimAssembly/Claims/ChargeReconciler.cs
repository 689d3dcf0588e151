using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>A charge after reconciliation: the units the line bills, and what the documentation said (null: nothing).</summary>
public sealed record ReconciledCharge(Charge Charge, int Units, ChargeReconciliation? Reconciliation);

/// <summary>
/// Reconciles the hospital's charges with the services the documentation supports (suggested HCPCS/CPT codes), the
/// way a coder does: charges are kept with their amounts; a documented code that matches a charge sets its units;
/// an E/M charged at another level of the same family is kept and flagged; a documented service with no charge is
/// listed as unbilled, not priced. Pure and deterministic: charge order and suggestion order are kept.
/// </summary>
public static class ChargeReconciler
{
    public static (IReadOnlyList<ReconciledCharge> Charges, IReadOnlyList<UnbilledService> Unbilled) Reconcile(
        IReadOnlyList<Charge> charges, IReadOnlyList<SuggestedCode> suggestions)
    {
        var reconciled = charges.Select(c => new ReconciledCharge(c, c.Units, null)).ToArray();
        var unbilled = new List<UnbilledService>();
        var services = suggestions
            .Where(s => s.System is CodeSystems.Hcpcs or CodeSystems.Cpt)
            .DistinctBy(s => s.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var service in services)
        {
            var same = Unreviewed(reconciled, c => SameCode(c.Code, service.Code));
            if (same.Count > 0)
            {
                MatchUnits(reconciled, same, service);
            }
            else if (EvaluationManagementFamily.Of(service.Code) is { } family
                && Unreviewed(reconciled, c => EvaluationManagementFamily.Of(c.Code.Trim()) == family) is [var other, ..])
            {
                reconciled[other] = reconciled[other] with { Reconciliation = new(ReconciliationOutcome.LevelMismatch, service.Code) };
            }
            else
            {
                unbilled.Add(new UnbilledService(service.System, service.Code, service.Description, service.Units, UnbilledService.NoChargeCaptured));
            }
        }

        return (reconciled, unbilled);
    }

    /// <summary>Documented units (where the code counts them) decide the line's units; without them the charge is supported as it is.</summary>
    private static void MatchUnits(ReconciledCharge[] reconciled, List<int> lines, SuggestedCode service)
    {
        var charged = lines.Sum(i => reconciled[i].Charge.Units);
        foreach (var i in lines)
        {
            var charge = reconciled[i].Charge;
            reconciled[i] = service.Units is not { } documented || documented == charged
                ? reconciled[i] with { Reconciliation = new(ReconciliationOutcome.Supported, service.Code) }
                : lines.Count == 1
                    ? reconciled[i] with { Units = documented, Reconciliation = new(ReconciliationOutcome.UnitsAdjusted, service.Code, charge.Units, documented) }
                    : reconciled[i] with { Reconciliation = new(ReconciliationOutcome.UnitsDiffer, service.Code, DocumentedUnits: documented) };
        }
    }

    private static List<int> Unreviewed(ReconciledCharge[] reconciled, Func<Charge, bool> matches) =>
        [.. Enumerable.Range(0, reconciled.Length).Where(i => reconciled[i].Reconciliation is null && matches(reconciled[i].Charge))];

    private static bool SameCode(string charged, string documented) =>
        string.Equals(charged.Trim(), documented, StringComparison.OrdinalIgnoreCase);
}
