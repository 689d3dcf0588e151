using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MedCoder.ServiceDefaults.Security;

/// <summary>Authenticates the X-Api-Key header against the registry; answers 401/403 as problem details.</summary>
/// <remarks>
/// The base class logs two lines per failed request; it gets no logger so a flood of bad keys cannot fill the
/// disk. Failures are counted and reported at a bounded rate by <see cref="AuthenticationFailures"/> instead.
/// </remarks>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    UrlEncoder encoder,
    ApiKeyRegistry registry,
    AuthenticationFailures failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, NullLoggerFactory.Instance, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (registry.Find(values[0]!) is not { } grant)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key"));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, grant.KeyId),
                new Claim(ClaimTypes.Role, grant.Role),
                new Claim(Caller.OrganizationClaim, grant.Organization),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        failures.Record(Request.Headers.ContainsKey(HeaderName) ? "unknown-key" : "missing-key");
        return ProblemResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required", $"Send a valid API key in the {HeaderName} header.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", "Your role may not use this route.");
}
