using MassTransit;

namespace MedCoder.Contracts.Tests;

/// <summary>
/// MassTransit names a message on the wire by namespace and type name (its message URN), and outbox entries store the
/// full type name: moving or renaming a message strands messages in queues and outboxes. A change here is deliberate.
/// </summary>
public sealed class MessageTypeNameTests
{
    private static readonly string[] PinnedUrns =
    [
        "urn:message:MedCoder.Contracts.Claims:ClaimAssembled",
        "urn:message:MedCoder.Contracts.Claims:ClaimReturned",
        "urn:message:MedCoder.Contracts.Coding:CodesSuggested",
        "urn:message:MedCoder.Contracts.Compliance:CodingHeld",
        "urn:message:MedCoder.Contracts.Compliance:CodingValidated",
        "urn:message:MedCoder.Contracts.Intake:EncounterFailed",
        "urn:message:MedCoder.Contracts.Intake:EncounterReceived",
        "urn:message:MedCoder.Contracts.Intake:EncounterWithdrawn",
    ];

    [Fact]
    public void Every_message_keeps_its_wire_name()
    {
        var urns = typeof(IEncounterMessage).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEncounterMessage).IsAssignableFrom(t))
            .Select(t => MessageUrn.ForTypeString(t))
            .Order(StringComparer.Ordinal);

        Assert.Equal(PinnedUrns, urns);
    }
}
