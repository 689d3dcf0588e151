using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedCoder.Storage;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// Issue 13, finding 5: values of the wrong type or format are listed under errors by field path, every one of
/// them, like other validation errors; the values themselves are never echoed.
/// </summary>
public sealed class MalformedFieldTests(EdgeHosts hosts) : IClassFixture<EdgeHosts>
{
    private const string SecretDate = "not-a-date-4711";
    private const string SecretUnits = "abc-0815";

    [Theory]
    [InlineData(EdgeTarget.Embedded)]
    [InlineData(EdgeTarget.Gateway)]
    public async Task Every_mistyped_field_is_listed_under_errors_without_its_value(EdgeTarget target)
    {
        var document = JsonSerializer.SerializeToNode(RequestBodies.Submission(), StoreJson.Options)!;
        document["patient"]!["birthDate"] = SecretDate;
        document["charges"] = new JsonArray(new JsonObject { ["code"] = "99214", ["units"] = SecretUnits, ["amount"] = 165.0 });
        document["serviceStart"] = 20260302;

        using var http = hosts.Client(target);
        using var response = await http.SendAsync(RequestBodies.Submit(new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json")));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.Equal("must be a date (yyyy-MM-dd)", Assert.Single(errors.GetProperty("patient.birthDate").EnumerateArray()).GetString());
        Assert.Equal("must be a whole number", Assert.Single(errors.GetProperty("charges[0].units").EnumerateArray()).GetString());
        Assert.Equal("must be a date (yyyy-MM-dd)", Assert.Single(errors.GetProperty("serviceStart").EnumerateArray()).GetString());
        Assert.DoesNotContain(SecretDate, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretUnits, text, StringComparison.Ordinal);
        Assert.DoesNotContain("20260302", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_field_error_on_the_body()
    {
        using var http = hosts.Client(EdgeTarget.Embedded);
        using var response = await http.SendAsync(RequestBodies.Submit(new StringContent("{\"patient\": {\"id\": MRN-4711", Encoding.UTF8, "application/json")));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.Single(errors.EnumerateObject());
        Assert.DoesNotContain("MRN-4711", text, StringComparison.Ordinal);
    }
}
