using MedCoder.Storage.Tests.Support;
using MongoDB.Bson;

namespace MedCoder.Storage.Tests;

/// <summary>The Mongo body codec needs no server, so it is tested here even when the Mongo contract skips.</summary>
public sealed class BsonBodyTests
{
    [Fact]
    public void Body_is_stored_as_queryable_bson_and_round_trips()
    {
        var claim = Claim.Sample("bson", ClaimState.Coded) with { Total = 123456789012.34m };

        var bson = BsonBody.ToBson(claim);
        var back = BsonBody.FromBson<Claim>(bson);

        Assert.Equal(BsonType.Double, bson["total"].BsonType);
        Assert.Equal("Coded", bson["state"].AsString);
        Assert.Equal("2024-02-29", bson["serviceDate"].AsString);
        Assert.Equal("99213", bson["lines"][0]["code"].AsString);
        Assert.Equal(claim.Total, back.Total);
        Assert.Equal(claim.ServiceDate, back.ServiceDate);
        Assert.Equal(claim.ReceivedAt, back.ReceivedAt);
        Assert.Equal(claim.ReceivedAt.Offset, back.ReceivedAt.Offset);
        Assert.Equal(claim.Lines, back.Lines);
        Assert.Equal(claim.State, back.State);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("10.50")]
    [InlineData("-0.01")]
    [InlineData("99999999999.9999")]
    [InlineData("3000000000")]
    public void Decimal_amounts_round_trip(string amount)
    {
        var claim = Claim.Sample("amount") with { Total = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(claim.Total, BsonBody.FromBson<Claim>(BsonBody.ToBson(claim)).Total);
    }
}
