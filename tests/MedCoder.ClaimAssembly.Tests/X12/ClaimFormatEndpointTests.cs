using System.Security.Claims;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.ClaimAssembly.X12;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Time.Testing;
using Claim = MedCoder.ClaimAssembly.Claims.Claim;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>GET /api/claims/{id} honours Accept: JSON by default, the 837 for application/edi-x12, the FHIR Bundle for application/fhir+json.</summary>
public sealed class ClaimFormatEndpointTests : IAsyncLifetime
{
    private readonly TempSqliteStore _temp = new();
    private ClaimAssemblyCollections _collections = null!;
    private ClaimInterchanges _interchanges = null!;

    public Task InitializeAsync()
    {
        _collections = new ClaimAssemblyCollections(_temp.Store, _temp.Signal);
        _interchanges = new ClaimInterchanges(_collections, new ControlNumbers(_collections.ControlNumbers), new FakeTimeProvider(ClaimSamples.At));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    [Theory]
    [InlineData(null, null)]
    [InlineData("*/*", null)]
    [InlineData("application/json", null)]
    [InlineData("application/edi-x12", "application/edi-x12")]
    [InlineData("application/fhir+json", "application/fhir+json")]
    [InlineData("text/html;q=0.9, application/fhir+json;q=0.5", "application/fhir+json")]
    public async Task Accept_chooses_the_form(string? accept, string? contentType)
    {
        var claim = await StoreAsync(ClaimSamples.Institutional());

        var answer = (await GetAsync(claim.Id, accept)).Result;

        if (contentType is null)
        {
            Assert.Equal(claim.Id, Assert.IsType<Ok<Claim>>(answer).Value!.Id);
            return;
        }

        var content = Assert.IsType<ContentHttpResult>(answer);
        Assert.StartsWith(contentType, content.ContentType, StringComparison.Ordinal);
        if (contentType == ClaimMediaTypes.X12)
        {
            Assert.Equal(claim.Id, Assert.Single(Claim837Reader.Read(content.ResponseContent!).Claims).ClaimId);
        }
        else
        {
            Assert.NotEmpty(ClaimBundleWriter.Parse(content.ResponseContent!).Entry);
        }
    }

    [Fact]
    public async Task The_same_claim_is_served_as_the_same_interchange()
    {
        var claim = await StoreAsync(ClaimSamples.Professional());

        var first = Assert.IsType<ContentHttpResult>((await GetAsync(claim.Id, ClaimMediaTypes.X12)).Result).ResponseContent;
        var second = Assert.IsType<ContentHttpResult>((await GetAsync(claim.Id, ClaimMediaTypes.X12)).Result).ResponseContent;

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_claim_missing_837_fields_answers_422_naming_them()
    {
        var claim = await StoreAsync(ClaimSamples.Professional() with { BillingProvider = null });

        var problem = Assert.IsType<ProblemHttpResult>((await GetAsync(claim.Id, ClaimMediaTypes.X12)).Result);

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, problem.StatusCode);
        Assert.Equal(["billingProvider"], Assert.IsAssignableFrom<IEnumerable<string>>(problem.ProblemDetails.Extensions["missingFields"]));
    }

    [Fact]
    public async Task An_unknown_media_type_answers_406()
    {
        var claim = await StoreAsync(ClaimSamples.Professional());

        var problem = Assert.IsType<ProblemHttpResult>((await GetAsync(claim.Id, "application/xml")).Result);

        Assert.Equal(StatusCodes.Status406NotAcceptable, problem.StatusCode);
    }

    private async Task<Claim> StoreAsync(Claim claim)
    {
        await _collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, "ready"));
        return claim;
    }

    private Task<Results<Ok<Claim>, ContentHttpResult, ProblemHttpResult>> GetAsync(string id, string? accept)
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new(ClaimTypes.NameIdentifier, "test-key"), new(ClaimTypes.Role, "payer"), new(Caller.OrganizationClaim, "acme-health")], "test")),
        };
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        return ClaimEndpoints.GetAsync(id, context, _collections, _interchanges, CancellationToken.None);
    }
}
