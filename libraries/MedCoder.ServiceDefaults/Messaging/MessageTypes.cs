using System.Collections.Frozen;
using MedCoder.Contracts;

namespace MedCoder.ServiceDefaults.Messaging;

/// <summary>Resolves the contract type named in an outbox entry (its full name, MassTransit's wire identity).</summary>
public static class MessageTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IEncounterMessage).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEncounterMessage).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown message type in outbox: {name}");
}
