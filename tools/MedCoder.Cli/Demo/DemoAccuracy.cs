using MedCoder.ClaimAssembly.Claims;
using MedCoder.SyntheticEncounters;

namespace MedCoder.Cli.Demo;

/// <summary>
/// The claims' diagnoses against the generator's answer key (the codes a coder assigns to the diagnoses the note
/// states): micro precision and recall, and how often the principal diagnosis is sequenced first.
/// </summary>
public sealed record DemoAccuracy(double Precision, double Recall, double PrincipalFirst)
{
    internal static DemoAccuracy Of(IReadOnlyList<Claim> claims, SyntheticEncounterFactory factory, int count)
    {
        var expected = Enumerable.Range(0, count).Select(factory.Create)
            .ToDictionary(e => e.Submission.EncounterId!, e => e.ExpectedIcd10CmCodes, StringComparer.Ordinal);
        int predicted = 0, gold = 0, correct = 0, principal = 0, scored = 0;
        foreach (var claim in claims)
        {
            if (!expected.TryGetValue(claim.Key.EncounterId, out var answer))
            {
                continue;
            }

            var codes = claim.Diagnoses.Select(d => d.Code).ToList();
            scored++;
            predicted += codes.Count;
            gold += answer.Count;
            correct += codes.Intersect(answer, StringComparer.Ordinal).Count();
            principal += codes.Count > 0 && codes[0] == answer[0] ? 1 : 0;
        }

        return new DemoAccuracy(
            predicted == 0 ? 0 : (double)correct / predicted,
            gold == 0 ? 0 : (double)correct / gold,
            scored == 0 ? 0 : (double)principal / scored);
    }
}
