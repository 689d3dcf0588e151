using MedCoder.Storage;

namespace MedCoder.ServiceDefaults;

/// <summary>
/// Everything a MedCoder process reads from its MEDCODER_* settings. Hosts pass their configuration, which holds the
/// environment variables, so every setting is read one way and an invalid one stops the start with its name.
/// </summary>
public sealed record MedCoderSettings(Uri? RabbitMqUrl, StoreOptions Store)
{
    public const string RabbitMqVariable = "MEDCODER_RABBITMQ_URL";

    public OutboxSettings Outbox { get; init; } = new();

    public static MedCoderSettings FromEnvironment(Func<string, string?> getVariable)
    {
        var rabbit = getVariable(RabbitMqVariable);
        Uri? rabbitUri = null;
        if (!string.IsNullOrWhiteSpace(rabbit) && !Uri.TryCreate(rabbit, UriKind.Absolute, out rabbitUri))
        {
            throw new FormatException($"{RabbitMqVariable} is not an absolute URI (amqp://user:password@host:5672/vhost)");
        }

        return new MedCoderSettings(rabbitUri, StoreOptions.FromEnvironment(getVariable)) { Outbox = OutboxSettings.FromEnvironment(getVariable) };
    }
}
