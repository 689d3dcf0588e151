using System.Security.Claims;

namespace MedCoder.ServiceDefaults.Security;

/// <summary>Who is calling, as the handlers need it: role and organization.</summary>
/// <param name="Organization">One organization, <see cref="AllOrganizations"/>, or for a coder the organizations granted, comma-separated.</param>
public sealed record Caller(string KeyId, string Role, string Organization)
{
    public const string OrganizationClaim = "medcoder:org";
    public const string AllOrganizations = "*";
    public const char OrganizationSeparator = ',';

    public bool SeesAllOrganizations => Organization == AllOrganizations;

    /// <summary>Exactly one organization: the caller's data is one store partition.</summary>
    public bool HasOneOrganization => !SeesAllOrganizations && !Organization.Contains(OrganizationSeparator, StringComparison.Ordinal);

    /// <summary>True when the caller may see data of this organization (its own, one granted to a coder, or all).</summary>
    public bool CanAccess(string organization) =>
        SeesAllOrganizations
        || (HasOneOrganization ? string.Equals(Organization, organization, StringComparison.Ordinal) : Organization.Split(OrganizationSeparator).Contains(organization, StringComparer.Ordinal));

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
        user.FindFirstValue(OrganizationClaim) ?? string.Empty);
}
