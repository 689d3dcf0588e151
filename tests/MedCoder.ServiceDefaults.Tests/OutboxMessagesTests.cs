using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.ServiceDefaults.Messaging;

namespace MedCoder.ServiceDefaults.Tests;

public sealed class OutboxMessagesTests
{
    private static readonly ClaimAssembled Message = new(
        new EncounterKey("org", "ehr", "E-1"), 3, Guid.NewGuid(), "clm-1", "acme-health", 170.5m,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(2));

    [Fact]
    public void Outbox_entry_round_trips_to_the_same_contract_message()
    {
        var entry = OutboxMessages.For(Message, Stages.ClaimAssembled);

        Assert.Equal(typeof(ClaimAssembled).FullName, entry.MessageType);
        var restored = Assert.IsType<ClaimAssembled>(OutboxMessages.Deserialize(entry));
        Assert.Equal(Message, restored);
    }

    [Fact]
    public void Message_id_is_deterministic_per_encounter_revision_and_stage()
    {
        var again = OutboxMessages.For(Message with { CorrelationId = Guid.NewGuid() }, Stages.ClaimAssembled);

        Assert.Equal(OutboxMessages.For(Message, Stages.ClaimAssembled).MessageId, again.MessageId);
        Assert.NotEqual(again.MessageId, OutboxMessages.For(Message with { Revision = 4 }, Stages.ClaimAssembled).MessageId);
        Assert.NotEqual(again.MessageId, OutboxMessages.For(Message, Stages.Coded).MessageId);
    }

    [Fact]
    public void Unknown_message_type_is_refused()
    {
        var entry = OutboxMessages.For(Message, Stages.ClaimAssembled) with { MessageType = "System.String" };

        Assert.Throws<InvalidOperationException>(() => OutboxMessages.Deserialize(entry));
    }
}
