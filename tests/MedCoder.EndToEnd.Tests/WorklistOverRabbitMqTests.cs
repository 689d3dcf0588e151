using System.Net;
using System.Net.Http.Json;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// The human in the loop over a real RabbitMQ, each service its own process behind the gateway
/// (docs/architecture.md#worklist-and-audit): with every encounter routed to review (threshold 1.01) the suggestion is
/// held, Intake shows it held, a coder locks it against a second coder, changes a code, overrides what the edits warn
/// about, releases it, and the claim bills the coder's code; the audit trail tells the story in codes and ids. A
/// physician query takes an item off the list until the hospital answers it.
/// </summary>
[Collection(nameof(EndToEndCollection))]
public sealed class WorklistOverRabbitMqTests
{
    private const string Hospital = "e2e-hospital";
    private const string CoderOne = "e2e-coder-1";
    private const string CoderTwo = "e2e-coder-2";
    private const string OtherOrganizationCoder = "e2e-coder-river";
    private const string Ops = "e2e-ops";
    private const string Payer = "e2e-payer";

    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["MEDCODER_AUTORELEASE_MIN_CONFIDENCE"] = "1.01",
        ["MEDCODER_API_KEYS"] = $"{Hospital}:hospital:general-hospital;{CoderOne}:coder:*;{CoderTwo}:coder:general-hospital;{OtherOrganizationCoder}:coder:river-clinic;{Ops}:ops:*;{Payer}:payer:acme-health",
    };

    [SkippableFact]
    public async Task Suggest_hold_coder_changes_a_code_edits_clean_claim()
    {
        await WithPipelineAsync(async (pipeline, http) =>
        {
            var submission = new SyntheticEncounterFactory(7).Create(0).Submission;
            submission.Organization = "general-hospital";
            var accepted = await pipeline.Api.SubmitAsync(submission, Hospital);
            Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
            var encounterId = accepted.Encounter!.Id;

            await WaitForStatusAsync(pipeline, encounterId, Stages.HeldForReview);
            var listed = await GetAsync<WorklistPage>(http, "/api/worklist?order=oldest&limit=10", CoderOne);
            var summary = Assert.Single(listed.Items);
            Assert.Equal((encounterId, submission.EncounterId), (summary.EncounterResourceId, summary.EncounterId));
            Assert.Empty((await GetAsync<WorklistPage>(http, "/api/worklist", OtherOrganizationCoder)).Items);
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(http, HttpMethod.Get, $"/api/worklist/{summary.Id}", OtherOrganizationCoder)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Post, $"/api/worklist/{summary.Id}/lock", Ops)).StatusCode);

            var item = await GetAsync<WorklistItemView>(http, $"/api/worklist/{summary.Id}", CoderOne);
            Assert.NotEmpty(item.Notes);
            Assert.All(item.SuggestedCodes, c => Assert.InRange(c.Confidence, 0, 1));
            var locks = await Task.WhenAll(SendAsync(http, HttpMethod.Post, $"/api/worklist/{item.Id}/lock", CoderOne), SendAsync(http, HttpMethod.Post, $"/api/worklist/{item.Id}/lock", CoderTwo));
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], locks.Select(r => r.StatusCode).Order());
            var holder = locks[0].StatusCode == HttpStatusCode.OK ? CoderOne : CoderTwo;

            // Change the first diagnosis to I10 (or, when I10 is suggested already, to E11.9), saved without releasing.
            var from = item.Codes.First(c => c.System == CodeSystems.Icd10Cm).Code;
            var to = item.Codes.Any(c => c.Code == "I10") ? "E11.9" : "I10";
            var saved = await DecideAsync(http, item.Id, holder, new DecisionRequest(DecisionRequest.Revise, item.Version,
                [new CodeChangeRequest(CodeChangeRequest.Change, CodeSystems.Icd10Cm, from, to, "the note documents it")], Release: false));
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var draft = (await saved.Content.ReadFromJsonAsync<WorklistItemView>(StoreJson.Options))!;
            Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(http, item.Id, holder, new DecisionRequest(DecisionRequest.AcceptAll, item.Version))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(http, item.Id, holder, new DecisionRequest(DecisionRequest.Revise, draft.Version,
                [new CodeChangeRequest(CodeChangeRequest.Remove, CodeSystems.Icd10Cm, to)]))).StatusCode);

            var overrides = draft.Findings.Where(f => f.Severity == EditSeverity.Warning).Select(f => f.EditId).Distinct().Select(id => new OverrideRequest(id, "reviewed against the note")).ToList();
            var released = await DecideAsync(http, item.Id, holder, new DecisionRequest(DecisionRequest.Revise, draft.Version, Overrides: overrides));
            Assert.Equal(HttpStatusCode.OK, released.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(http, item.Id, holder, new DecisionRequest(DecisionRequest.AcceptAll))).StatusCode);

            await WaitForStatusAsync(pipeline, encounterId, Stages.ClaimAssembled);
            var claim = Assert.Single(await pipeline.Api.ListClaimsAsync(Ops));
            Assert.Contains(claim.Diagnoses, d => d.Code.Replace(".", string.Empty, StringComparison.Ordinal) == to.Replace(".", string.Empty, StringComparison.Ordinal));

            var audit = await GetAsync<AuditTrailView>(http, $"/api/audit/{encounterId}", Ops);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Get, $"/api/audit/{encounterId}", CoderOne)).StatusCode);
            Assert.Equal(
                [AuditActions.Suggested, AuditActions.Findings, AuditActions.Routed, AuditActions.Held, AuditActions.Locked, AuditActions.CodeChanged, AuditActions.Revised],
                audit.Entries.Select(e => e.Action).Take(7));
            Assert.Equal(AuditActions.Released, audit.Entries[^1].Action);
            Assert.Contains(audit.Entries, e => e is { Action: AuditActions.CodeChanged, Reason: "the note documents it" });
            var trail = string.Join('\n', audit.Entries.Select(e => $"{e.Change} {e.Reason} {string.Join(' ', e.Codes)}"));
            Assert.All(submission.Notes!, n => Assert.DoesNotContain(n.Text![..Math.Min(40, n.Text!.Length)], trail, StringComparison.Ordinal));
        });
    }

    [SkippableFact]
    public async Task A_physician_query_waits_for_the_hospitals_answer_then_the_item_returns_and_is_released()
    {
        await WithPipelineAsync(async (pipeline, http) =>
        {
            var submission = new SyntheticEncounterFactory(8).Create(0).Submission;
            var accepted = await pipeline.Api.SubmitAsync(submission, Hospital);
            Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
            var id = accepted.Encounter!.Id;
            await WaitForStatusAsync(pipeline, id, Stages.HeldForReview);

            var query = new QueryRequest("diagnosis specificity", "Which type of the condition does the assessment support?");
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Post, $"/api/worklist/{id}/query", Hospital, query)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Post, $"/api/worklist/{id}/query", CoderOne, query)).StatusCode);
            Assert.Empty((await GetAsync<WorklistPage>(http, "/api/worklist", CoderOne)).Items);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Post, $"/api/worklist/{id}/query/answer", CoderOne, new QueryAnswerRequest("x"))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Post, $"/api/worklist/{id}/query/answer", Hospital, new QueryAnswerRequest("As documented."))).StatusCode);

            var back = Assert.Single((await GetAsync<WorklistPage>(http, "/api/worklist?reason=query-answered", CoderOne)).Items);
            Assert.Equal(HttpStatusCode.OK, (await DecideAsync(http, back.Id, CoderOne, new DecisionRequest(DecisionRequest.AcceptAll, back.Version))).StatusCode);
            await WaitForStatusAsync(pipeline, id, Stages.ClaimAssembled);
            var actions = (await GetAsync<AuditTrailView>(http, $"/api/audit/{id}", Ops)).Entries.Select(e => e.Action).ToList();
            Assert.Equal([AuditActions.QuerySent, AuditActions.QueryAnswered, AuditActions.Accepted], actions.Skip(4).Take(3));
        });
    }

    [SkippableFact]
    public async Task A_claim_the_payer_rejects_returns_to_the_worklist_and_the_coders_correction_is_resubmitted()
    {
        await WithPipelineAsync(async (pipeline, http) =>
        {
            var submission = new SyntheticEncounterFactory(9).Create(0).Submission;
            submission.Organization = "general-hospital";
            submission.Coverage!.PayerId = "acme-health";
            var accepted = await pipeline.Api.SubmitAsync(submission, Hospital);
            Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
            var id = accepted.Encounter!.Id;
            await WaitForStatusAsync(pipeline, id, Stages.HeldForReview);
            Assert.Equal(HttpStatusCode.OK, (await DecideAsync(http, id, CoderOne, new DecisionRequest(DecisionRequest.AcceptAll))).StatusCode);
            await WaitForStatusAsync(pipeline, id, Stages.ClaimAssembled);
            var claim = Assert.Single(await pipeline.Api.ListClaimsAsync(Ops));

            // The payer's 277CA rejects the claim by its CLM01 (the example's second claim; its first names no claim of ours).
            var rejection = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "X12", "277ca-mixed.x12"))
                .Replace("CLAIM-INP", claim.Id, StringComparison.Ordinal).Replace("CLAIM-PRO", "clm-unknown", StringComparison.Ordinal);
            using (var ack = new HttpRequestMessage(HttpMethod.Post, "/api/claims/acknowledgements") { Content = new StringContent(rejection, System.Text.Encoding.ASCII, "application/edi-x12") })
            {
                ack.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, Payer);
                Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(ack)).StatusCode);
            }

            var back = await WaitForWorklistAsync(http, "payer-rejected");
            var item = await GetAsync<WorklistItemView>(http, $"/api/worklist/{back.Id}", CoderOne);
            Assert.Equal(["277CA A7:164:IL SUBSCRIBER ID NOT ON FILE"], item.ClaimProblems);
            var add = item.Codes.Any(c => c.Code is "Z79.899" or "Z79899") ? "Z79.01" : "Z79.899";
            var corrected = await DecideAsync(http, item.Id, CoderOne, new DecisionRequest(DecisionRequest.Revise, item.Version,
                [new CodeChangeRequest(CodeChangeRequest.Add, CodeSystems.Icd10Cm, add, Reason: "long-term drug therapy documented")],
                Overrides: item.Findings.Where(f => f.Severity == EditSeverity.Warning).Select(f => f.EditId).Distinct().Select(e => new OverrideRequest(e, "reviewed")).ToList()));
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            Claim? resubmitted = null;
            while (DateTime.UtcNow < deadline && resubmitted is not { Resubmissions: 1 })
            {
                await Task.Delay(250);
                resubmitted = (await pipeline.Api.ListClaimsAsync(Ops)).SingleOrDefault(c => c.Id == claim.Id);
            }

            Assert.NotNull(resubmitted);
            Assert.Equal((ClaimStatus.Ready, 1), (resubmitted!.Status, resubmitted.Resubmissions));
            Assert.Contains(resubmitted.Diagnoses, d => d.Code.Replace(".", string.Empty, StringComparison.Ordinal) == add.Replace(".", string.Empty, StringComparison.Ordinal));
            var actions = (await GetAsync<AuditTrailView>(http, $"/api/audit/{id}", Ops)).Entries.Select(e => e.Action).ToList();
            Assert.Equal([AuditActions.ClaimReturned, AuditActions.CodeAdded], actions.SkipWhile(a => a != AuditActions.ClaimReturned).Take(2));
        });
    }

    /// <summary>The four services and the gateway, each its own process, over a real RabbitMQ (skipped with the reason when none runs).</summary>
    private static async Task WithPipelineAsync(Func<DistributedPipeline, HttpClient, Task> test)
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            await using var pipeline = new DistributedPipeline(broker!.Url, Environment);
            await pipeline.StartAsync();
            using var http = new HttpClient { BaseAddress = pipeline.Gateway.Url, Timeout = TimeSpan.FromSeconds(30) };
            await test(pipeline, http);
        }
    }

    private static async Task<WorklistSummary> WaitForWorklistAsync(HttpClient http, string reason)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if ((await GetAsync<WorklistPage>(http, $"/api/worklist?reason={reason}", CoderOne)).Items is [var item])
            {
                return item;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"no worklist item with reason {reason} after 2 minutes");
        return null!;
    }

    private static async Task WaitForStatusAsync(DistributedPipeline pipeline, string encounterId, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if ((await pipeline.Api.GetEncounterAsync(encounterId, Ops))?.Status == status)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"encounter not {status} after 2 minutes\n{pipeline.Diagnostics()}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: StoreJson.Options) };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return await http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient http, string id, string key, DecisionRequest decision) =>
        SendAsync(http, HttpMethod.Post, $"/api/worklist/{id}/decision", key, decision);

    private static async Task<T> GetAsync<T>(HttpClient http, string path, string key)
    {
        using var response = await SendAsync(http, HttpMethod.Get, path, key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(StoreJson.Options))!;
    }
}
