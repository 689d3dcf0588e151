using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;

namespace MedCoder.AllInOne.Client;

public sealed record SubmitResult(HttpStatusCode Status, EncounterStatusView? Encounter);

/// <summary>A small typed client for MedCoder's HTTP API (the gateway or the all-in-one host), used by the demo, the chaos run and the tests.</summary>
public sealed class MedCoderApiClient(HttpClient http)
{
    public async Task<SubmitResult> SubmitAsync(EncounterSubmission submission, string apiKey, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/encounters") { Content = JsonContent.Create(submission, options: StoreJson.Options) };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add(SubmitEncounterEndpoint.IdempotencyHeader, idempotencyKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = response.StatusCode == HttpStatusCode.Accepted
            ? await response.Content.ReadFromJsonAsync<EncounterStatusView>(StoreJson.Options, cancellationToken)
            : null;
        return new SubmitResult(response.StatusCode, body);
    }

    public async Task<EncounterStatusView?> GetEncounterAsync(string id, string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/encounters/{Uri.EscapeDataString(id)}");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<EncounterStatusView>(StoreJson.Options, cancellationToken) : null;
    }

    /// <summary>Encounters stopped before a claim (Intake's count of status "failed").</summary>
    public Task<long> CountFailedAsync(string apiKey, CancellationToken cancellationToken = default) => CountInStatusAsync(Stages.Failed, apiKey, cancellationToken);

    /// <summary>Intake's count of encounters in one pipeline status (GET /api/stats/intake, role ops).</summary>
    public async Task<long> CountInStatusAsync(string status, string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/intake");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var stats = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return stats.RootElement.GetProperty("encountersByStatus").GetProperty(status).GetInt64();
    }

    /// <summary>The compliance-edit result of an encounter revision (GET /api/edits/{id}); null when there is none yet.</summary>
    public async Task<ValidationRecord?> GetEditsAsync(EncounterKey key, int revision, string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/edits/{Uri.EscapeDataString(key.ResourceId(revision))}");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ValidationRecord>(StoreJson.Options, cancellationToken) : null;
    }

    /// <summary>Compliance-edit findings per edit id and severity over the last 30 days (GET /api/edits/stats, role ops).</summary>
    public async Task<EditStats> EditStatsAsync(string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/edits/stats");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<EditStats>(StoreJson.Options, cancellationToken) ?? throw new InvalidOperationException("empty edit statistics");
    }

    /// <summary>One page of the coder worklist (GET /api/worklist).</summary>
    public async Task<WorklistPage> ListWorklistAsync(string apiKey, string? cursor = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/worklist?limit={limit}{(cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))}");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<WorklistPage>(StoreJson.Options, cancellationToken) ?? throw new InvalidOperationException("empty worklist page");
    }

    /// <summary>POST /api/worklist/{id}/lock; the status tells 200 from 409 (another user holds it) and 404.</summary>
    public async Task<HttpStatusCode> LockWorklistItemAsync(string id, string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/worklist/{Uri.EscapeDataString(id)}/lock");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>POST /api/worklist/{id}/decision; the status and, on 200, the item as decided.</summary>
    public async Task<(HttpStatusCode Status, WorklistItemView? Item)> DecideAsync(string id, DecisionRequest decision, string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/worklist/{Uri.EscapeDataString(id)}/decision") { Content = JsonContent.Create(decision, options: StoreJson.Options) };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<WorklistItemView>(StoreJson.Options, cancellationToken) : null);
    }

    /// <summary>Every claim visible to the key, following the cursor.</summary>
    public async Task<IReadOnlyList<Claim>> ListClaimsAsync(string apiKey, string? status = null, CancellationToken cancellationToken = default)
    {
        var claims = new List<Claim>();
        string? cursor = null;
        do
        {
            var query = $"/api/claims?limit=500{(status is null ? string.Empty : "&status=" + status)}{(cursor is null ? string.Empty : "&cursor=" + cursor)}";
            using var request = new HttpRequestMessage(HttpMethod.Get, query);
            request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<ClaimEndpoints.ClaimPage>(StoreJson.Options, cancellationToken)
                ?? throw new InvalidOperationException("empty claim page");
            claims.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return claims;
    }

    /// <summary>One claim in another form (Accept: application/edi-x12 or application/fhir+json); null with the problem's detail when it cannot be rendered.</summary>
    public async Task<(string? Text, string? Problem)> GetClaimAsAsync(string id, string mediaType, string apiKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{Uri.EscapeDataString(id)}");
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        request.Headers.Accept.ParseAdd(mediaType);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? (text, null) : (null, $"{(int)response.StatusCode}: {text}");
    }
}
