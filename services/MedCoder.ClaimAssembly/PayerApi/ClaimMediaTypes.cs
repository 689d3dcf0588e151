using Microsoft.Net.Http.Headers;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>The forms GET /api/claims/{id} serves, chosen from the Accept header (highest quality first; none or */* is JSON).</summary>
public static class ClaimMediaTypes
{
    public const string Json = "application/json";
    public const string X12 = "application/edi-x12";
    public const string Fhir = "application/fhir+json";

    /// <summary>The media type to answer with, or null when the caller accepts none of them.</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var value in accept.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var type = value.MediaType.Value?.ToLowerInvariant();
            switch (type)
            {
                case X12 or Fhir or Json:
                    return type;
                case "*/*" or "application/*":
                    return Json;
            }
        }

        return null;
    }
}
