using MedCoder.SyntheticEncounters;

namespace MedCoder.SyntheticEncounters.Tests;

public sealed class EditTripsTests
{
    [Fact]
    public void One_trip_per_kind_with_its_own_id_outside_the_answer_key()
    {
        var trips = EditTrips.Create(new SyntheticEncounterFactory(9), 9);

        Assert.Equal(Enum.GetValues<EditTrip>(), trips.Select(t => t.Trip));
        Assert.Equal(trips.Count, trips.Select(t => t.Submission.EncounterId).Distinct().Count());
        Assert.All(trips, t => Assert.StartsWith("TRIP-9-", t.Submission.EncounterId, StringComparison.Ordinal));
        Assert.All(trips, t => Assert.Equal(DemoSettings.Office, t.Submission.Setting));
    }

    [Fact]
    public void Each_trip_carries_the_mistake_it_is_named_for()
    {
        var trips = EditTrips.Create(new SyntheticEncounterFactory(9), 9).ToDictionary(t => t.Trip);

        Assert.Equal("male", trips[EditTrip.MaleWithPregnancyCode].Submission.Patient!.Sex);
        Assert.DoesNotContain(trips[EditTrip.AddOnAlone].Submission.Charges!, c => c.Code == "11042");
        Assert.Contains(trips[EditTrip.AddOnAlone].Submission.Charges!, c => c.Code == "11045");
        Assert.All(trips[EditTrip.PtpPairWithoutModifier].Submission.Charges!, c => Assert.Null(c.Modifiers));
        Assert.Equal(["59"], trips[EditTrip.PtpPairWithModifier59].Submission.Charges!.Single(c => c.Code == "97597").Modifiers!);
        Assert.Equal(3, trips[EditTrip.UnitsOverMue].Submission.Charges!.Single().Units);
        Assert.Equal([false, true, true, false, true], trips.Values.Select(t => t.Blocks));
    }
}
