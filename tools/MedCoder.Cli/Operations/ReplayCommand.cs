using System.CommandLine;
using MedCoder.ServiceDefaults;
using RabbitMQ.Client;

namespace MedCoder.Cli.Operations;

/// <summary>`medcoder replay --queue NAME (--all | --id ID | --list)`: moves failed messages back to their queue after a fix.</summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var queue = new Option<string>("--queue") { Description = "The consumer's queue, e.g. claim-assembly-coding-validated (its _error queue is read)", Required = true };
        var all = new Option<bool>("--all") { Description = "Move every message back" };
        var id = new Option<string?>("--id") { Description = "Move back the message with this message id" };
        var list = new Option<bool>("--list") { Description = "Only list the parked messages (id, exception type, time)" };
        var broker = new Option<string?>("--broker") { Description = $"amqp:// URL of the broker (default {MedCoderSettings.RabbitMqVariable})" };
        var command = new Command("replay", "Move messages that failed every retry from a queue's _error queue back to the queue") { queue, all, id, list, broker };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(all) ? 1 : 0) + (result.GetValue(id) is null ? 0 : 1) + (result.GetValue(list) ? 1 : 0) != 1)
            {
                result.AddError("Give exactly one of --all, --id ID or --list.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(queue)!, parse.GetValue(all) ? null : parse.GetValue(id), parse.GetValue(list),
            parse.GetValue(broker) ?? Environment.GetEnvironmentVariable(MedCoderSettings.RabbitMqVariable), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string queue, string? messageId, bool listOnly, string? brokerUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(brokerUrl) || !Uri.TryCreate(brokerUrl, UriKind.Absolute, out var url))
        {
            Console.Error.WriteLine($"replay: give --broker amqp://user:password@host:5672/vhost or set {MedCoderSettings.RabbitMqVariable}");
            return 2;
        }

        var factory = new ConnectionFactory { Uri = url, ClientProvidedName = "medcoder-replay" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        ErrorQueue errors;
        try
        {
            errors = await ErrorQueue.OpenAsync(channel, queue, cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            Console.Error.WriteLine($"replay: no queue '{queue}' with an error queue '{queue}_error' on this broker");
            return 2;
        }

        if (listOnly)
        {
            var parked = await errors.ListAsync(cancellationToken);
            foreach (var message in parked)
            {
                Console.WriteLine($"{message.MessageId}\t{message.ExceptionType}\t{message.FailedAt}");
            }

            Console.Error.WriteLine($"{parked.Count} message(s) in {errors.Name}");
            return 0;
        }

        var moved = await errors.ReplayAsync(messageId, cancellationToken);
        Console.Error.WriteLine($"moved {moved.Count} message(s) from {errors.Name} back to {queue}");
        return messageId is not null && moved.Count == 0 ? 3 : 0;
    }
}
