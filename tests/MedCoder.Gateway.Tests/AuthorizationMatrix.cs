using System.Net;

namespace MedCoder.Gateway.Tests;

/// <summary>
/// Who may do what: each key (role × organization) against each route, with the status the API must answer.
/// Own-organization data is the encounter of general-hospital billed to acme-health; "other" keys belong to
/// river-clinic (hospital) and blue-river-health (payer).
/// </summary>
public static class AuthorizationMatrix
{
    public const string Hospital = "demo-hospital-key";
    public const string OtherHospital = "demo-hospital2-key";
    public const string Payer = "demo-payer-key";
    public const string OtherPayer = "demo-payer2-key";
    public const string Coder = "demo-coder-key";
    public const string Ops = "demo-ops-key";
    public const string Admin = "demo-admin-key";
    public const string NoKey = "";
    public const string UnknownKey = "not-a-key";

    public static readonly string[] Keys = [Hospital, OtherHospital, Payer, OtherPayer, Coder, Ops, Admin, NoKey, UnknownKey];

    public enum Route { SubmitEncounter, ReadEncounter, ListClaims, ReadClaim, AckClaim, ReadSuggestion, ReadEdits, ReadStats, SearchCodeSets, ListWorklist, ReadAudit }

    public static HttpStatusCode Expected(Route route, string key) => key switch
    {
        NoKey or UnknownKey => HttpStatusCode.Unauthorized,
        _ => route switch
        {
            Route.SubmitEncounter => key is Hospital or Admin ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden,
            Route.ReadEncounter => key switch
            {
                Hospital or Coder or Ops or Admin => HttpStatusCode.OK,
                OtherHospital => HttpStatusCode.NotFound,
                _ => HttpStatusCode.Forbidden,
            },
            Route.ListClaims => key is Payer or OtherPayer or Ops or Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            Route.ReadClaim => key switch
            {
                Payer or Ops or Admin => HttpStatusCode.OK,
                OtherPayer => HttpStatusCode.NotFound,
                _ => HttpStatusCode.Forbidden,
            },
            Route.AckClaim => key switch
            {
                Payer or Admin => HttpStatusCode.OK,
                OtherPayer => HttpStatusCode.NotFound,
                _ => HttpStatusCode.Forbidden,
            },
            Route.ReadSuggestion or Route.ReadEdits => key is Coder or Ops or Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            Route.ListWorklist => key is Coder or Ops or Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            Route.ReadAudit => key is Ops or Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            Route.ReadStats => key is Ops or Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            Route.SearchCodeSets => HttpStatusCode.OK, // code books are not PHI: every role may search them
            _ => throw new ArgumentOutOfRangeException(nameof(route)),
        },
    };
}
