namespace MedCoder.ServiceDefaults.Security;

public static class Roles
{
    public const string Hospital = "hospital";
    public const string Payer = "payer";
    public const string Coder = "coder";
    public const string Ops = "ops";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Hospital, Payer, Coder, Ops, Admin };
}

/// <summary>Named authorization policies: which roles may use a route. Organization checks happen in the handlers.</summary>
public static class Policies
{
    public const string SubmitEncounters = "submit-encounters";
    public const string ReadEncounters = "read-encounters";
    public const string ReadClaims = "read-claims";
    public const string AckClaims = "ack-claims";
    public const string ReadCoding = "read-coding";
    public const string ReviewCoding = "review-coding";
    public const string Operations = "operations";
    public const string ReadCodeSets = "read-code-sets";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [SubmitEncounters] = [Roles.Hospital, Roles.Admin],
        [ReadEncounters] = [Roles.Hospital, Roles.Coder, Roles.Ops, Roles.Admin],
        [ReadClaims] = [Roles.Payer, Roles.Ops, Roles.Admin],
        [AckClaims] = [Roles.Payer, Roles.Admin],
        [ReadCoding] = [Roles.Coder, Roles.Ops, Roles.Admin],
        [ReviewCoding] = [Roles.Coder, Roles.Admin],
        [Operations] = [Roles.Ops, Roles.Admin],
        [ReadCodeSets] = [Roles.Hospital, Roles.Payer, Roles.Coder, Roles.Ops, Roles.Admin],
    };
}
