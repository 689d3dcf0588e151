using System.Security.Claims;

namespace MedCoder.ServiceDefaults.Security;

/// <summary>Who is calling, as the handlers need it: role and organization.</summary>
public sealed record Caller(string KeyId, string Role, string Organization)
{
    public const string OrganizationClaim = "medcoder:org";
    public const string AllOrganizations = "*";

    public bool SeesAllOrganizations => Organization == AllOrganizations;

    /// <summary>True when the caller may see data of this organization (its own, or all for coder/ops/admin).</summary>
    public bool CanAccess(string organization) => SeesAllOrganizations || string.Equals(Organization, organization, StringComparison.Ordinal);

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
        user.FindFirstValue(OrganizationClaim) ?? string.Empty);
}
