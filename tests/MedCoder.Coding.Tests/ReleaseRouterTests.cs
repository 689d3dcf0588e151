using MedCoder.Coding.Routing;
using MedCoder.Contracts.Coding;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>Auto-release only when every code reaches the threshold, no query is open and nothing is incomplete.</summary>
public sealed class ReleaseRouterTests
{
    private static SuggestedCode Code(string code, double confidence, string system = CodeSystems.Icd10Cm) =>
        new(system, code, "", confidence, [new EvidenceSpan(0, 0, 4)], "test");

    [Fact]
    public void Every_code_at_or_above_the_threshold_and_no_query_releases()
    {
        var route = ReleaseRouter.Route([Code("I10", 0.95), Code("E11.9", 0.9)], [], 0.9);

        Assert.True(route.AutoRelease);
        Assert.Empty(route.Reasons);
        Assert.Equal(0.9, route.MinConfidence);
    }

    [Fact]
    public void One_code_below_the_threshold_sends_the_encounter_to_the_worklist_naming_it()
    {
        var route = ReleaseRouter.Route([Code("I10", 0.95), Code("R52", 0.4)], [], 0.9);

        Assert.False(route.AutoRelease);
        Assert.Equal(["low-confidence:R52"], route.Reasons);
    }

    [Fact]
    public void An_open_query_an_incomplete_procedure_or_no_code_sends_it_to_the_worklist()
    {
        var query = new PhysicianQuery("heart-failure-specificity", "Type and acuity?", []);

        Assert.Equal(["open-query:heart-failure-specificity"], ReleaseRouter.Route([Code("I50.9", 0.99)], [query], 0.9).Reasons);
        Assert.Equal(["incomplete-code:BW24"], ReleaseRouter.Route([Code("BW24", 0.99, CodeSystems.Icd10Pcs)], [], 0.9).Reasons);
        Assert.Equal(["no-codes"], ReleaseRouter.Route([], [], 0.9).Reasons);
    }

    [Fact]
    public void The_engine_routes_by_its_configured_threshold()
    {
        var lenient = new ClinicalCoder(SharedCoder.CodeSets.Value) { AutoReleaseConfidence = 0.0 };
        var strict = new ClinicalCoder(SharedCoder.CodeSets.Value) { AutoReleaseConfidence = 1.01 };
        var encounter = TestEncounters.WithNote("ASSESSMENT: Essential (primary) hypertension.");

        Assert.True(lenient.Code(encounter).Route.AutoRelease);
        var held = strict.Code(encounter).Route;
        Assert.False(held.AutoRelease);
        Assert.Contains("low-confidence:I10", held.Reasons);
    }

    [Fact]
    public void A_code_not_stated_in_the_final_diagnostic_statement_sends_the_encounter_to_the_worklist()
    {
        var route = ReleaseRouter.Route([Code("I10", 0.95), Code("Z87.891", 0.95)], [], 0.9, ["Z87.891"]);

        Assert.False(route.AutoRelease);
        Assert.Equal(["not-stated:Z87.891"], route.Reasons);
    }
}
