using System.Text;
using MedCoder.Cli.Operations;
using MedCoder.Testing.Hosting;
using RabbitMQ.Client;

namespace MedCoder.Cli.Tests;

/// <summary>`medcoder replay` against a real RabbitMQ: parked messages go back to their queue without their fault headers.</summary>
public sealed class ErrorQueueReplayTests
{
    private const string Queue = "claim-assembly-coding-validated";

    [SkippableFact]
    public async Task One_message_by_id_then_all_move_back_without_fault_headers()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            var factory = new ConnectionFactory { Uri = broker!.Url };
            await using var connection = await factory.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
            await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueDeclareAsync(Queue + "_error", durable: true, exclusive: false, autoDelete: false);
            var ids = new[] { Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString() };
            foreach (var id in ids)
            {
                var properties = new BasicProperties
                {
                    MessageId = id,
                    Headers = new Dictionary<string, object?>
                    {
                        ["MT-Fault-ExceptionType"] = Encoding.UTF8.GetBytes("System.OverflowException"),
                        ["MT-Reason"] = Encoding.UTF8.GetBytes("fault"),
                        ["MT-Host-MachineName"] = Encoding.UTF8.GetBytes("kept"),
                    },
                };
                await channel.BasicPublishAsync(string.Empty, Queue + "_error", mandatory: true, properties, Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\"}}"));
            }

            var errors = await ErrorQueue.OpenAsync(channel, Queue, CancellationToken.None);
            var parked = await errors.ListAsync(CancellationToken.None);
            Assert.Equal(ids.Order(), parked.Select(p => p.MessageId).Order());
            Assert.All(parked, p => Assert.Equal("System.OverflowException", p.ExceptionType));

            Assert.Equal([ids[1]], await errors.ReplayAsync(ids[1], CancellationToken.None));
            Assert.Equal(2u, await channel.MessageCountAsync(Queue + "_error"));
            var replayed = await channel.BasicGetAsync(Queue, autoAck: true);
            Assert.NotNull(replayed);
            Assert.Equal(ids[1], replayed!.BasicProperties.MessageId);
            Assert.Equal($"{{\"id\":\"{ids[1]}\"}}", Encoding.UTF8.GetString(replayed.Body.Span));
            Assert.DoesNotContain(replayed.BasicProperties.Headers!.Keys, key => key.StartsWith("MT-Fault-", StringComparison.Ordinal) || key == "MT-Reason");
            Assert.Contains("MT-Host-MachineName", replayed.BasicProperties.Headers!.Keys);

            Assert.Empty(await errors.ReplayAsync(Guid.NewGuid().ToString(), CancellationToken.None));
            Assert.Equal(2, (await errors.ReplayAsync(null, CancellationToken.None)).Count);
            Assert.Equal(0u, await channel.MessageCountAsync(Queue + "_error"));
            Assert.Equal(2u, await channel.MessageCountAsync(Queue));
        }
    }

    [SkippableFact]
    public async Task A_queue_that_does_not_exist_is_refused_and_nothing_is_created()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            var factory = new ConnectionFactory { Uri = broker!.Url };
            await using var connection = await factory.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();

            await Assert.ThrowsAsync<RabbitMQ.Client.Exceptions.OperationInterruptedException>(() => ErrorQueue.OpenAsync(channel, "no-such-queue", CancellationToken.None));
        }
    }
}
